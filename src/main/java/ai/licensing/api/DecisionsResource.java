package ai.licensing.api;

import ai.licensing.decisionlog.DecisionRecord;
import ai.licensing.engine.VerdictChange;
import ai.licensing.model.Verdict;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Logged decisions: look one up, or replay its profile against the rules serving now to see what changed. */
@Path("/v1/decisions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    private final DecisionLog log;
    private final RulesetService rules;

    public DecisionsResource(DecisionLog log, RulesetService rules) {
        this.log = log;
        this.rules = rules;
    }

    /**
     * @param changed  whether the verdict or any clause differs
     * @param logged   the verdict as it was given
     * @param replayed the verdict the current ruleset gives (not logged: a replay decides nothing)
     */
    public record Replay(String decisionId, boolean changed, VerdictChange change, Verdict logged, Verdict replayed) {
    }

    @GET
    @APIResponse(responseCode = "200", description = "The logged decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionRecord.class)))
    @APIResponse(responseCode = "404", description = "No such decision in the log, or the log is switched off",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "A logged decision", description = "The profile, the verdict and the ruleset version of a past decision.")
    public DecisionRecord decision(@PathParam("id") String id) {
        return log.find(id).orElseThrow(() -> new NotFoundException(log.enabled()
                ? "No decision '" + id + "' in the decision log."
                : "The decision log is switched off (licensing.decision-log.enabled=false), so no decision can be looked up."));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay a logged decision",
            description = "Evaluates the logged profile against the current ruleset and shows the old and new verdicts, the clauses added and gone, and both ruleset versions.")
    public Replay replay(@PathParam("id") String id) {
        DecisionRecord record = decision(id);
        Verdict now = rules.engine().evaluate(record.profile());
        VerdictChange change = VerdictChange.between(record.verdict(), now);
        return new Replay(id, change.changed(), change, record.verdict(), now);
    }
}
