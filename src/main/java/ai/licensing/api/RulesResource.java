package ai.licensing.api;

import ai.licensing.engine.Consequences;
import ai.licensing.engine.ReloadAttempt;
import ai.licensing.engine.RuleMeta;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.SourceError;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * The ruleset being served: its version, when it was loaded, its files and every rule with its metadata, and
 * the last attempt to reload the folder (a failed one names each error by file, line and column).
 */
@Path("/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    private final RulesetService rules;

    public RulesResource(RulesetService rules) {
        this.rules = rules;
    }

    /**
     * @param watching   whether edits of the folder are reloaded while the service runs
     * @param warnings   the style warnings of the authoring checks ({@code validate --strict}) for the served rules
     * @param lastReload null until the folder first changes; a failed reload lists every error, checks included
     * @param consequences how the rules' then blocks run: {@code interpreted} after a load, {@code compiled} (to Java,
     *                     faster) once the service has compiled them; the verdicts are the same
     * @param consequencesNotCompiled why they stay interpreted, when they do not compile as Java; empty otherwise
     * @param fromCache  whether the rules serving were read from the compiled rules cache (a start on a folder this
     *                   build had compiled before) rather than compiled; the verdicts are the same, and a few seconds
     *                   after such a start the service serves a compile of the files again
     */
    public record RulesView(String version, Instant loadedAt, String source, List<String> files, List<RuleMeta> rules,
                            List<SourceError> warnings, boolean watching, ReloadAttempt lastReload,
                            Consequences consequences, List<SourceError> consequencesNotCompiled, boolean fromCache) {
    }

    @GET
    public RulesView rules() {
        Ruleset r = rules.engine().rules().get();
        return new RulesView(r.version(), r.loadedAt(), r.source(), r.files(), r.rules(), r.warnings(), rules.watching(),
                rules.lastReload().orElse(null), r.consequences(), rules.consequencesNotCompiled(), r.compiledFromCache());
    }
}
