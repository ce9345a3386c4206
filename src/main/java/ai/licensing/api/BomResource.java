package ai.licensing.api;

import ai.licensing.bom.BomDocument;
import ai.licensing.bom.BomEvaluator;
import ai.licensing.bom.BomReader;
import ai.licensing.bom.BomVerdict;
import ai.licensing.bom.InvalidBomException;
import ai.licensing.decisionlog.DecisionEntry;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The BOM gate: one usage profile, evaluated for every model an AI bill of materials lists. */
@Path("/v1/evaluations/bom")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BomResource {

    private static final String PROFILE = "profile";
    private static final String BOM = "bom";

    private final RulesetService rules;
    private final DecisionLog log;
    private final BomEvaluator evaluator;
    private final int maxComponents;

    public BomResource(RulesetService rules, DecisionLog log, RequestLimits limits) {
        this.rules = rules;
        this.log = log;
        this.evaluator = new BomEvaluator(ProfileParser.withoutSubject(limits.profile()));
        this.maxComponents = limits.batchSize();
    }

    @POST
    @Operation(summary = "Evaluate a usage profile for every model of an AI bill of materials",
            description = "Body: {\"profile\": <usage profile without model and license>, \"bom\": <CycloneDX 1.5-1.7 JSON "
                    + "or SPDX 3.0.1 JSON-LD>}. One answer per machine-learning-model component (SPDX: ai_AIPackage), "
                    + "and the strongest verdict over them; a model without a verdict counts as NEEDS_REVIEW. "
                    + "More models than licensing.limits.batch-size: 413.")
    @APIResponse(responseCode = "200", description = "The verdict per model",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomVerdict.class)))
    public CompletionStage<BomVerdict> evaluate(@RequestBody(description = "{\"profile\": {...}, \"bom\": {...}}", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomRequest.class))) byte[] body) {
        JsonNode request = JsonBody.read(body, "BOM request");
        checkShape(request);
        Ruleset ruleset = rules.engine().rules().get();
        BomDocument bom;
        try {
            bom = BomReader.read(request.get(BOM), "$." + BOM, maxComponents);
        } catch (InvalidBomException e) {
            throw new ProblemException(e.tooLarge()
                    ? new Problem("about:blank", "Bill of materials too large", 413, e.violations().get(0).message(), e.violations(), null)
                    : new Problem("about:blank", "Invalid bill of materials", 400,
                    "The bill of materials cannot be read at " + e.violations().get(0), e.violations(), null));
        }
        List<DecisionEntry> entries = new ArrayList<>();
        try {
            // The answer goes out once every component's decision is stored, as for batch.
            BomVerdict answer = evaluator.evaluate(ruleset, request.get(PROFILE), bom, (profile, verdict) -> entries.add(log.entry(profile, verdict)));
            return log.recorded(entries, answer);
        } catch (InvalidProfileException e) {
            throw new ProblemException(ProblemMappers.invalid(e, "$." + PROFILE));
        }
    }

    /** An object with a profile and a bom, nothing else (a misspelt field is never silently ignored). */
    private static void checkShape(JsonNode request) {
        List<Violation> errors = new ArrayList<>();
        if (request == null || !request.isObject()) {
            errors.add(new Violation("$", "must be a JSON object with profile and bom"));
        } else {
            for (String field : List.of(PROFILE, BOM)) {
                if (!request.hasNonNull(field)) {
                    errors.add(new Violation("$." + field, "is required"));
                }
            }
            for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals(PROFILE) && !name.equals(BOM)) {
                    errors.add(new Violation("$." + name, "unknown field '" + name + "'; known fields here: [profile, bom]"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Invalid BOM request", 400,
                    "The request has " + errors.size() + " problem(s): " + errors, errors, null));
        }
    }

    /** What the OpenAPI document says the body is (it is read as a tree, so that a generator's slips can be named). */
    @Schema(name = "BomRequest")
    record BomRequest(@Schema(description = "A usage profile without model and license") UsageProfile profile,
                      @Schema(type = SchemaType.OBJECT, description = "A CycloneDX 1.5-1.7 JSON or SPDX 3.0.1 JSON-LD document") Object bom) {
    }
}
