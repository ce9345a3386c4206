package ai.licensing.bom;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ai.licensing.bom.JsonFields.text;
import static ai.licensing.bom.JsonFields.texts;

/**
 * SPDX 3.0.1 JSON-LD: every {@code ai_AIPackage} (and software package whose primary purpose is {@code model}) in
 * {@code @graph}, with the licenses its {@code hasDeclaredLicense} and {@code hasConcludedLicense} relationships
 * point to. Licensing is not a property of the package in SPDX 3; it lives in those relationships.
 */
final class SpdxReader {

    private static final String GRAPH = "@graph";
    private static final String LISTED = "https://spdx.org/licenses/";
    private static final Set<String> LICENSE_RELATIONSHIPS = Set.of("hasDeclaredLicense", "hasConcludedLicense");

    /** An element of the graph and its path. */
    private record Element(JsonNode node, String path) {
    }

    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, List<String>> licensesOf = new HashMap<>();

    private SpdxReader() {
    }

    static boolean isSpdx3(JsonNode document) {
        JsonNode context = document.get("@context");
        return context != null && context.toString().contains("spdx.org/rdf/3.");
    }

    static BomDocument read(JsonNode document, String root) {
        JsonNode graph = document.get(GRAPH);
        String graphPath = root + JsonFields.member(GRAPH);
        if (graph == null || !graph.isArray()) {
            throw InvalidBomException.at(graphPath, "an SPDX 3 JSON-LD document holds its elements in an @graph array");
        }
        SpdxReader reader = new SpdxReader();
        List<Element> packages = new ArrayList<>();
        String version = "3.0.1";
        for (int i = 0; i < graph.size(); i++) {
            Element element = new Element(graph.get(i), graphPath + "[" + i + "]");
            JsonFields.requireObject(element.node(), element.path(), "an @graph element");
            String type = type(element);
            String id = text(element.node(), element.node().has("spdxId") ? "spdxId" : "@id", element.path());
            if (id != null) {
                reader.byId.put(id, element);
            }
            if ("CreationInfo".equals(type)) {
                version = reader.checkVersion(element, version);
            } else if ("Relationship".equals(type)) {
                reader.relationship(element);
            } else if (isModel(type, element)) {
                packages.add(element);
            }
        }
        List<BomComponent> models = new ArrayList<>();
        for (Element p : packages) {
            models.add(reader.component(p));
        }
        return new BomDocument("SPDX " + version, List.copyOf(models));
    }

    private static String type(Element element) {
        return text(element.node(), element.node().has("type") ? "type" : "@type", element.path());
    }

    private static boolean isModel(String type, Element element) {
        return "ai_AIPackage".equals(type)
                || ("software_Package".equals(type) && "model".equals(text(element.node(), "software_primaryPurpose", element.path())));
    }

    private String checkVersion(Element info, String fallback) {
        String version = text(info.node(), "specVersion", info.path());
        if (version == null) {
            return fallback;
        }
        if (!version.startsWith("3.0")) {
            throw InvalidBomException.at(info.path() + ".specVersion", "SPDX " + version + " is not read; SPDX 3.0.1 JSON-LD is");
        }
        return version;
    }

    private void relationship(Element element) {
        JsonNode node = element.node();
        String kind = text(node, "relationshipType", element.path());
        String from = text(node, "from", element.path());
        if (from != null && LICENSE_RELATIONSHIPS.contains(kind)) {
            licensesOf.computeIfAbsent(from, k -> new ArrayList<>()).addAll(texts(node, "to", element.path()));
        }
    }

    private BomComponent component(Element p) {
        JsonNode node = p.node();
        String id = text(node, node.has("spdxId") ? "spdxId" : "@id", p.path());
        List<String> addresses = new ArrayList<>();
        for (String field : List.of("software_downloadLocation", "software_homePage")) {
            String address = text(node, field, p.path());
            // NOASSERTION and NONE are SPDX's words for "not given".
            if (address != null && !address.equals("NOASSERTION") && !address.equals("NONE")) {
                addresses.add(address);
            }
        }
        List<DeclaredLicense> declared = new ArrayList<>();
        for (String target : licensesOf.getOrDefault(id, List.of())) {
            declared.add(license(target, p.path()));
        }
        return new BomComponent(p.path(), id, text(node, "software_packageUrl", p.path()), null, text(node, "name", p.path()),
                List.copyOf(addresses), List.copyOf(declared));
    }

    /**
     * A license element: an expression (whose {@code LicenseRef-} ids may map to addresses), a custom or listed
     * license, or a listed license named only by its address on spdx.org.
     */
    private DeclaredLicense license(String target, String packagePath) {
        Element element = byId.get(target);
        if (element == null) {
            String value = target.startsWith(LISTED) ? target.substring(LISTED.length()) : target;
            return new DeclaredLicense(value, null, packagePath, false);
        }
        JsonNode node = element.node();
        String expression = text(node, "simplelicensing_licenseExpression", element.path());
        if (expression != null) {
            return new DeclaredLicense(expression, uriOf(node, expression, element.path()), element.path() + ".simplelicensing_licenseExpression", false);
        }
        String name = text(node, "name", element.path());
        if (name != null) {
            return new DeclaredLicense(name, null, element.path() + ".name", false);
        }
        String value = target.startsWith(LISTED) ? target.substring(LISTED.length()) : target;
        return new DeclaredLicense(value, null, element.path(), false);
    }

    /** The address {@code customIdToUri} gives for the expression's LicenseRef, if any. */
    private static String uriOf(JsonNode expression, String licenseExpression, String path) {
        String[] uri = {null};
        JsonFields.each(expression, "simplelicensing_customIdToUri", path, (entry, at) -> {
            JsonFields.requireObject(entry, at, "a customIdToUri entry");
            String key = text(entry, "key", at);
            if (key != null && licenseExpression.contains(key) && uri[0] == null) {
                uri[0] = text(entry, "value", at);
            }
        });
        return uri[0];
    }
}
