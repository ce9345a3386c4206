package ai.licensing.api;

import ai.licensing.decisionlog.DecisionPage;
import ai.licensing.decisionlog.DecisionRecord;
import ai.licensing.engine.VerdictChange;
import ai.licensing.model.Verdict;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Stored decisions: list them, look one up, or replay its profile against the rules serving now to see what
 * changed. With the postgresql store every replica answers for the decisions of all. Reading a store may wait
 * for a disk or a database, so these run on worker threads.
 */
@Path("/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
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
    @Operation(summary = "Stored decisions, newest first",
            description = "Filters combine; since is inclusive, until exclusive (ISO-8601 times with an offset). At most limit "
                    + "(default 100, at most 1000) per page; pass the answer's next as cursor for the following page (null on the last).")
    public DecisionPage list(@QueryParam("model") String model, @QueryParam("license") String license,
                             @Parameter(description = "ALLOWED, CONDITIONAL, NEEDS_REVIEW or DENIED") @QueryParam("verdict") String verdict,
                             @QueryParam("since") String since, @QueryParam("until") String until,
                             @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        var query = DecisionQueryParams.read(model, license, verdict, since, until, limit, cursor);
        requireSearchable();
        return log.query(query);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The stored decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionRecord.class)))
    @APIResponse(responseCode = "404", description = "No such decision in the store, or the store is switched off",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "A stored decision", description = "The profile (without masked fields, listed in masked), the verdict and the ruleset version of a past decision.")
    public DecisionRecord decision(@PathParam("id") String id) {
        requireSearchable();
        return log.find(id).orElseThrow(() -> new NotFoundException("No decision '" + id + "' in the decision log."));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a stored decision",
            description = "Evaluates the stored profile against the current ruleset and shows the old and new verdicts, the clauses added and gone, "
                    + "and both ruleset versions. A decision stored with masked fields cannot be replayed faithfully: 409 naming them.")
    public Replay replay(@PathParam("id") String id) {
        DecisionRecord record = decision(id);
        if (record.notReplayable() != null) {
            throw new ProblemException(Problem.of(409, "Not replayable", "Decision " + id + " is " + record.notReplayable()
                    + " (licensing.decision-log.mask): replaying it would report changes that only the missing facts make."));
        }
        Verdict now = rules.engine().evaluate(record.profile());
        VerdictChange change = VerdictChange.between(record.verdict(), now);
        return new Replay(id, change.changed(), change, record.verdict(), now);
    }

    private void requireSearchable() {
        if (!log.searchable()) {
            throw new NotFoundException(log.whyNotSearchable());
        }
    }
}
