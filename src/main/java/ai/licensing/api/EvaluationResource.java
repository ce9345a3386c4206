package ai.licensing.api;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Evaluates usage profiles. The body is read strictly by the same parser the command line uses. */
@Path("/v1/evaluations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final RulesetService rules;
    private final ProfileParser parser = new ProfileParser();

    public EvaluationResource(RulesetService rules) {
        this.rules = rules;
    }

    @POST
    @Operation(summary = "Evaluate one usage profile", description = "Returns the verdict with the clauses that decided it.")
    public Verdict evaluate(@RequestBody(description = "A usage profile (contract section 1)") byte[] body) {
        return rules.engine().evaluate(parser.parse(body));
    }
}
