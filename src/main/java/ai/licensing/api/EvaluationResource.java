package ai.licensing.api;

import ai.licensing.decisionlog.DecisionEntry;
import ai.licensing.engine.DecisionBatch;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.explain.ExplainedVerdict;
import ai.licensing.engine.explain.Explainer;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictJson;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Evaluates usage profiles and logs each decision; an answer is sent once its decisions are stored (the event loop
 * never waits for that: the answer is a stage the decision log completes). The body is read strictly by the same
 * parser the command line uses.
 */
@Path("/v1/evaluations")
@APIResponse(responseCode = "400", description = "Not a valid usage profile: errors[].path names each bad field",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "413", description = "The body, a list or a string in it, or the batch is too large",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "415", description = "The body is not application/json",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Unknown model or license, or a model and license that disagree: knownIds lists the valid ids",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final String EXPLAIN = "true adds to each verdict an explanation: the smallest sets of changes that reach "
            + "the best reachable verdict, the verdict each answer to a missing fact gives, and the sizes at which the "
            + "verdict changes (contract section 6.3)";

    private final RulesetService rules;
    private final DecisionLog log;
    private final DecisionMetrics metrics;
    private final ProfileParser parser;
    private final ProfileParser compareParser;
    private final int batchSize;

    public EvaluationResource(RulesetService rules, DecisionLog log, DecisionMetrics metrics, RequestLimits limits) {
        this.rules = rules;
        this.log = log;
        this.metrics = metrics;
        this.parser = new ProfileParser(limits.profile());
        this.compareParser = ProfileParser.withoutSubject(limits.profile());
        this.batchSize = limits.batchSize();
    }

    @POST
    @NonBlocking
    @Operation(summary = "Evaluate one usage profile", description = "Returns the verdict with the clauses that decided it.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verdict.class)))
    public CompletionStage<String> evaluate(@Parameter(description = EXPLAIN) @QueryParam("explain") String explain,
            @RequestBody(description = "A usage profile (contract section 1)", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageProfile.class))) byte[] body) {
        UsageProfile profile = parser.parse(body);
        if (ExplainFlag.parse(explain)) {
            ExplainedVerdict explained = metrics.decide("explain",
                    () -> Explainer.explain(rules.engine().rules().get(), profile), e -> List.of(e.verdict()));
            return log.recorded(List.of(log.entry(profile, explained.verdict())), VerdictJson.text(explained));
        }
        Verdict verdict = metrics.decide("evaluate", () -> rules.engine().evaluate(profile));
        // Written once, for the client and the decision log alike.
        String json = VerdictJson.text(verdict);
        return log.recorded(List.of(log.entry(profile, verdict, json)), json);
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Evaluate up to 1000 usage profiles (licensing.limits.batch-size)",
            description = "Returns one answer per profile, in the same order: its verdict, or, for an invalid element, "
                    + "its own problem document (status 400 or 422, errors[].path such as $[3].licensee.monthlyActiveUsers). "
                    + "More profiles than licensing.limits.batch-size (default 1000): 413.")
    @APIResponse(responseCode = "200", description = "One answer per profile, in order: a verdict, or the element's problem document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BatchAnswer.class)))
    public CompletionStage<String> batch(@Parameter(description = EXPLAIN) @QueryParam("explain") String explain,
            @RequestBody(description = "A JSON array of usage profiles", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UsageProfile.class))) byte[] body) {
        boolean explained = ExplainFlag.parse(explain);
        JsonNode profiles = BatchRequest.parse(body, batchSize);
        // One ruleset for the whole batch, so a reload in the middle never mixes two versions in one answer.
        Ruleset ruleset = rules.engine().rules().get();
        List<String> answers = new ArrayList<>(profiles.size());
        List<DecisionEntry> decided = new ArrayList<>(profiles.size());
        if (explained) {
            for (int i = 0; i < profiles.size(); i++) {
                JsonNode profile = profiles.get(i);
                answers.add(VerdictJson.text(ProfileAnswer.of(() -> parser.parse(profile), p -> metrics.decide("batch-explain",
                        () -> Explainer.explain(ruleset, p), e -> List.of(e.verdict())), "$[" + i + "]",
                        (p, e) -> decided.add(log.entry(p, e.verdict())))));
            }
        } else {
            decideTogether(ruleset, profiles, answers, decided);
        }
        return log.recorded(decided, array(answers));
    }

    /**
     * The batch's valid profiles decided together (DecisionBatch: each license's profiles in one run of its rules, the
     * verdicts each gets alone), timed as one decision under {@code batch}; each element answered in place.
     */
    private void decideTogether(Ruleset ruleset, JsonNode profiles, List<String> answers, List<DecisionEntry> decided) {
        List<ProfileAnswer.Element> elements = ProfileAnswer.together(profiles.size(), i -> parser.parse(profiles.get(i)),
                i -> "$[" + i + "]", valid -> metrics.decide("batch", () -> DecisionBatch.evaluate(ruleset, valid),
                        all -> all.stream().map(DecisionBatch.Result::verdict).filter(Objects::nonNull).toList()));
        for (ProfileAnswer.Element element : elements) {
            if (element.answer() instanceof Verdict verdict) {
                // Written once, for the answer and the decision log alike.
                String json = VerdictJson.text(verdict);
                decided.add(log.entry(element.profile(), verdict, json));
                answers.add(json);
            } else {
                answers.add(VerdictJson.text(element.answer()));
            }
        }
    }

    @POST
    @Path("/compare")
    @Operation(summary = "Evaluate one usage profile against every catalog model",
            description = "model and license are ignored. One verdict per model, best first: ALLOWED, CONDITIONAL, NEEDS_REVIEW, DENIED.")
    @APIResponse(responseCode = "200", description = "One verdict per catalog model, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Verdict.class)))
    public CompletionStage<String> compare(@Parameter(description = EXPLAIN) @QueryParam("explain") String explain,
            @RequestBody(description = "A usage profile (contract section 1)", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageProfile.class))) byte[] body) {
        UsageProfile profile = compareParser.parse(body);
        if (ExplainFlag.parse(explain)) {
            List<ExplainedVerdict> explained = metrics.decide("compare-explain",
                    () -> Explainer.compare(rules.engine().rules().get(), profile),
                    list -> list.stream().map(ExplainedVerdict::verdict).toList());
            return log.recorded(explained.stream().map(e -> log.entry(profile.forModel(e.verdict().model()), e.verdict())).toList(),
                    VerdictJson.text(explained));
        }
        List<Verdict> verdicts = metrics.compare(() -> rules.engine().compare(profile));
        // Each verdict is written once, for the answer and the decision log alike.
        List<String> json = verdicts.stream().map(VerdictJson::text).toList();
        List<DecisionEntry> entries = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            entries.add(log.entry(profile.forModel(verdicts.get(i).model()), verdicts.get(i), json.get(i)));
        }
        return log.recorded(entries, array(json));
    }

    /** A JSON array of JSON texts. */
    private static String array(List<String> elements) {
        return "[" + String.join(",", elements) + "]";
    }

    /** What the OpenAPI document says each batch answer is: the verdict, or the element's own problem document. */
    @Schema(name = "BatchAnswer", oneOf = {Verdict.class, Problem.class})
    interface BatchAnswer {
    }
}
