package ai.licensing.cli;

import ai.licensing.bom.BomEvaluator;
import ai.licensing.bom.BomReader;
import ai.licensing.bom.BomVerdict;
import ai.licensing.bom.InvalidBomException;
import ai.licensing.engine.Ruleset;
import ai.licensing.json.Json;
import ai.licensing.model.Decision;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileLimits;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Utf8;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The CI gate over AI bills of materials: one usage profile, every model of every document, and an exit code that
 * fails the build when a model's verdict reaches {@code --fail-on}. Every document is read before anything is
 * evaluated, so an unreadable one stops the run (exit 2) rather than passing it.
 */
@Command(name = "bom", mixinStandardHelpOptions = true,
        description = "Evaluate a usage profile for every model of CycloneDX 1.5-1.7 JSON or SPDX 3.0.1 JSON-LD bills of materials.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the gate passes", "1:a model's verdict reaches --fail-on",
                "2:usage error, unreadable profile or document, or rules that do not compile"})
final class BomCommand implements Callable<Integer> {

    /** Constants spelled as typed on the command line; a model without a verdict counts as review. */
    enum FailOn {
        denied(Decision.DENIED), review(Decision.NEEDS_REVIEW), conditional(Decision.CONDITIONAL);

        final Decision from;

        FailOn(Decision from) {
            this.from = from;
        }
    }

    /** As strict as {@code POST /v1/bom}: a key given twice, text after the document or bad UTF-8 is an error. */
    private static final ObjectReader JSON = Json.jsonTree();

    @Mixin
    RulesOption rules;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE.json",
            description = "The usage profile, without model and license (the documents name the models).")
    Path profile;

    @Option(names = "--format", paramLabel = "table|json|junit", defaultValue = "table",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    BomReport format;

    @Option(names = "--fail-on", paramLabel = "denied|review|conditional", defaultValue = "denied",
            description = "Fail when a model is at least this bad (default: ${DEFAULT-VALUE}); review includes models without a verdict.")
    FailOn failOn;

    @Parameters(arity = "1..*", paramLabel = "BOM", description = "CycloneDX JSON or SPDX 3.0.1 JSON-LD files.")
    List<Path> boms;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        JsonNode usage = readJson(profile, err);
        Map<Path, JsonNode> documents = new LinkedHashMap<>();
        for (Path bom : boms) {
            documents.put(bom, readJson(bom, err));
        }
        if (usage == null || documents.containsValue(null)) {
            return 2;
        }
        Ruleset ruleset = rules.load(err);
        if (ruleset == null) {
            return 2;
        }
        Map<String, BomVerdict> verdicts = evaluate(ruleset, usage, documents, err);
        if (verdicts == null) {
            return 2;
        }
        try (Writer report = Output.open(null, spec.commandLine().getOut())) {
            format.write(verdicts, failOn.from, report);
        } catch (IOException e) {
            err.println("bom: cannot write the report: " + IoErrors.describe(e));
            err.flush();
            return 2;
        }
        return BomReport.passes(BomReport.worst(verdicts), failOn.from) ? 0 : 1;
    }

    private Map<String, BomVerdict> evaluate(Ruleset ruleset, JsonNode usage, Map<Path, JsonNode> documents, PrintWriter err) {
        BomEvaluator evaluator = new BomEvaluator(ProfileParser.withoutSubject(ProfileLimits.DEFAULT));
        Map<String, BomVerdict> verdicts = new LinkedHashMap<>();
        for (Map.Entry<Path, JsonNode> document : documents.entrySet()) {
            try {
                verdicts.put(document.getKey().toString(), evaluator.evaluate(ruleset, usage,
                        BomReader.read(document.getValue(), "$", Integer.MAX_VALUE), (p, v) -> { }));
            } catch (InvalidBomException e) {
                e.violations().forEach(v -> err.println(document.getKey() + ": " + v));
            } catch (InvalidProfileException e) {
                e.violations().forEach(v -> err.println(profile + ": " + v));
                err.flush();
                return null;
            }
        }
        err.flush();
        return verdicts.size() == documents.size() ? verdicts : null;
    }

    private static JsonNode readJson(Path file, PrintWriter err) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Violation encoding = Utf8.problem(bytes);
            if (encoding == null) {
                return JSON.readTree(bytes);
            }
            err.println(file + ": " + encoding);
        } catch (JsonProcessingException e) {
            err.println(file + ": " + ProfileParser.describe(e));
        } catch (IOException e) {
            err.println(file + ": " + IoErrors.describe(e));
        }
        err.flush();
        return null;
    }
}
