package ai.licensing.scenario;

import ai.licensing.json.Json;
import ai.licensing.model.Decision;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads scenario files (YAML or JSON, one scenario or a list) strictly, pointing at the bad spot in the file. */
public final class ScenarioReader {

    private static final Set<String> SCENARIO_KEYS = Set.of("name", "profile", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("verdict", "clauses", "absentClauses", "missingFacts");

    private final ProfileParser profiles = new ProfileParser();

    /** Every scenario file under the paths (files as given, folders searched recursively), in a stable order. */
    public static List<Path> find(List<Path> paths) {
        return find(paths, ScenarioReader::isScenarioFile);
    }

    /** Every file under the paths that {@code wanted} accepts (files as given, folders searched recursively), in a stable order. */
    public static List<Path> find(List<Path> paths, Predicate<Path> wanted) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(wanted).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new ScenarioFileException(path.toString(), "$", "cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new ScenarioFileException(path.toString(), "$", "no such file or folder");
            }
        }
        return files;
    }

    public static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    public List<Scenario> read(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            byte[] text = Files.readAllBytes(file);
            root = name.endsWith(".json") ? Json.jsonTree().readTree(text) : Json.yaml().readTree(text);
        } catch (JsonProcessingException e) {
            // As strict as the API: a key given twice is an error at its path, never "the last one wins".
            String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ScenarioFileException(name, ProfileParser.describe(e).path(),
                    "not valid " + (name.endsWith(".json") ? "JSON" : "YAML") + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ScenarioFileException(name, "$", "cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioFileException(name, "$", "the file is empty; it must hold a scenario or a list of scenarios");
        }
        List<Scenario> scenarios = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                scenarios.add(scenario(name, i, "$[" + i + "]", root.get(i)));
            }
        } else {
            scenarios.add(scenario(name, 0, "$", root));
        }
        return scenarios;
    }

    private Scenario scenario(String file, int index, String at, JsonNode node) {
        if (!node.isObject()) {
            throw new ScenarioFileException(file, at, "a scenario must be a mapping with name, profile and expect");
        }
        onlyKeys(file, at, node, SCENARIO_KEYS);
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new ScenarioFileException(file, at + ".name", "every scenario needs a name");
        }
        UsageProfile profile;
        try {
            profile = profiles.parse(node.get("profile"));
        } catch (InvalidProfileException e) {
            Violation first = e.violations().get(0);
            throw new ScenarioFileException(file, at + ".profile" + first.path().substring(1), first.message());
        }
        return new Scenario(file, index, name.asText(), profile, expectation(file, at + ".expect", node.get("expect")));
    }

    private static Expectation expectation(String file, String at, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ScenarioFileException(file, at, "every scenario needs an expect mapping with at least a verdict");
        }
        onlyKeys(file, at, node, EXPECT_KEYS);
        JsonNode verdict = node.get("verdict");
        Decision decision;
        try {
            decision = verdict == null ? null : Decision.valueOf(verdict.asText());
        } catch (IllegalArgumentException e) {
            decision = null;
        }
        if (decision == null) {
            throw new ScenarioFileException(file, at + ".verdict", "must be one of ALLOWED, CONDITIONAL, NEEDS_REVIEW, DENIED");
        }
        List<String> missing = strings(file, at + ".missingFacts", node.get("missingFacts"));
        return new Expectation(decision,
                clauseKeys(file, at + ".clauses", node.get("clauses")),
                clauseKeys(file, at + ".absentClauses", node.get("absentClauses")),
                node.has("missingFacts") && !node.get("missingFacts").isNull() ? new LinkedHashSet<>(missing) : null);
    }

    private static List<String> clauseKeys(String file, String at, JsonNode node) {
        List<String> keys = strings(file, at, node);
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).matches("[^:\\s]+:[^:\\s]+")) {
                throw new ScenarioFileException(file, at + "[" + i + "]", "'" + keys.get(i) + "' is not of the form license:section");
            }
        }
        return keys;
    }

    private static List<String> strings(String file, String at, JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ScenarioFileException(file, at, "must be a list");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new ScenarioFileException(file, at + "[" + i + "]", "must be a string");
            }
            values.add(node.get(i).asText());
        }
        return values;
    }

    private static void onlyKeys(String file, String at, JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new ScenarioFileException(file, at + "." + key, "unknown key; expected one of " + allowed);
            }
        }
    }
}
