package ai.licensing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads multi-document Kubernetes YAML files. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    static JsonNode kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in manifests"));
    }

    /**
     * The document as far as it matters for comparison: without the annotations recording the git commit and
     * remote it was generated from, and with named lists (env, volumes, mounts) sorted by name, since the generator's order varies.
     */
    static JsonNode normalised(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        for (String varying : java.util.List.of("app.quarkus.io/commit-id", "app.quarkus.io/vcs-uri")) {
            copy.findParents(varying).forEach(p -> ((ObjectNode) p).remove(varying));
        }
        sortNamedLists(copy);
        return copy;
    }

    private static void sortNamedLists(JsonNode node) {
        if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            if (items.stream().allMatch(i -> i.has("name"))) {
                items.sort(java.util.Comparator.comparing(i -> i.path("name").asText()));
                array.removeAll();
                items.forEach(array::add);
            }
        }
        node.forEach(Manifests::sortNamedLists);
    }
}
