package ai.licensing.api;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Evaluates usage profiles and logs each decision. The body is read strictly by the same parser the command line uses. */
@Path("/v1/evaluations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final RulesetService rules;
    private final DecisionLog log;
    private final ProfileParser parser = new ProfileParser();

    public EvaluationResource(RulesetService rules, DecisionLog log) {
        this.rules = rules;
        this.log = log;
    }

    @POST
    @Operation(summary = "Evaluate one usage profile", description = "Returns the verdict with the clauses that decided it.")
    public Verdict evaluate(@RequestBody(description = "A usage profile (contract section 1)") byte[] body) {
        UsageProfile profile = parser.parse(body);
        Verdict verdict = rules.engine().evaluate(profile);
        log.record(profile, verdict);
        return verdict;
    }
}
