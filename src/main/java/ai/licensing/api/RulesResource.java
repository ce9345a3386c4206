package ai.licensing.api;

import ai.licensing.engine.RuleMeta;
import ai.licensing.engine.Ruleset;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** The ruleset being served: its version, when it was loaded, its files and every rule with its metadata. */
@Path("/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    private final RulesetService rules;

    public RulesResource(RulesetService rules) {
        this.rules = rules;
    }

    public record RulesView(String version, Instant loadedAt, String source, List<String> files, List<RuleMeta> rules) {
    }

    @GET
    public RulesView rules() {
        Ruleset r = rules.engine().rules().get();
        return new RulesView(r.version(), r.loadedAt(), r.source(), r.files(), r.rules());
    }
}
