package ai.licensing.bom;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static ai.licensing.bom.JsonFields.each;
import static ai.licensing.bom.JsonFields.text;

/**
 * CycloneDX 1.5 to 1.7 JSON: every {@code machine-learning-model} component, nested components included, and the
 * document's own subject when it is a model. Read from the tree rather than bound to the schema, because real
 * generators write shapes the schema rejects (a Hugging Face tag in {@code license.id}).
 */
final class CycloneDxReader {

    static final String MODEL = "machine-learning-model";
    private static final Set<String> VERSIONS = Set.of("1.5", "1.6", "1.7");

    private final List<BomComponent> models = new ArrayList<>();

    private CycloneDxReader() {
    }

    static BomDocument read(JsonNode bom, String root) {
        String version = text(bom, "specVersion", root);
        // 1.7.1 is a patch of 1.7: same fields.
        if (version == null || !VERSIONS.contains(version.replaceFirst("^(\\d+\\.\\d+)\\.\\d+$", "$1"))) {
            throw InvalidBomException.at(root + ".specVersion", "CycloneDX " + (version == null ? "without specVersion" : version)
                    + " is not read; machine-learning-model components exist from 1.5, and 1.5, 1.6 and 1.7 are read");
        }
        CycloneDxReader reader = new CycloneDxReader();
        each(bom, "components", root, reader::walk);
        JsonNode metadata = bom.get("metadata");
        if (metadata != null && metadata.isObject() && metadata.get("component") != null) {
            reader.subject(metadata.get("component"), root + ".metadata.component");
        }
        return new BomDocument("CycloneDX " + version, List.copyOf(reader.models));
    }

    private void walk(JsonNode component, String path) {
        JsonFields.requireObject(component, path, "a component");
        if (MODEL.equals(text(component, "type", path))) {
            models.add(component(component, path));
        }
        each(component, "components", path, this::walk);
    }

    /** The model the whole document describes, unless it is also listed among the components. */
    private void subject(JsonNode component, String path) {
        JsonFields.requireObject(component, path, "metadata.component");
        if (!MODEL.equals(text(component, "type", path))) {
            return;
        }
        BomComponent subject = component(component, path);
        Set<String> listed = new HashSet<>();
        models.forEach(m -> listed.add(m.bomRef() + " " + m.purl() + " " + m.qualifiedName()));
        if (!listed.contains(subject.bomRef() + " " + subject.purl() + " " + subject.qualifiedName())) {
            models.add(0, subject);
        }
    }

    private static BomComponent component(JsonNode c, String path) {
        List<String> addresses = new ArrayList<>();
        each(c, "externalReferences", path, (ref, at) -> {
            JsonFields.requireObject(ref, at, "an external reference");
            String url = text(ref, "url", at);
            if (url != null) {
                addresses.add(url);
            }
        });
        List<DeclaredLicense> declared = new ArrayList<>();
        each(c, "licenses", path, (choice, at) -> declared.addAll(licenses(choice, at)));
        return new BomComponent(path, text(c, "bom-ref", path), text(c, "purl", path), text(c, "group", path),
                text(c, "name", path), List.copyOf(addresses), List.copyOf(declared));
    }

    /** One entry of {@code licenses}: a {@code license} object (id or name, and url) or an {@code expression}. */
    private static List<DeclaredLicense> licenses(JsonNode choice, String path) {
        JsonFields.requireObject(choice, path, "a licenses entry");
        String expression = text(choice, "expression", path);
        if (expression != null) {
            return List.of(new DeclaredLicense(expression, null, path + ".expression", false));
        }
        JsonNode license = choice.get("license");
        if (license == null) {
            throw InvalidBomException.at(path, "a licenses entry holds a license object or an expression");
        }
        String at = path + ".license";
        JsonFields.requireObject(license, at, "license");
        String url = text(license, "url", at);
        String id = text(license, "id", at);
        if (id != null) {
            return List.of(new DeclaredLicense(id, url, at + ".id", true));
        }
        String name = text(license, "name", at);
        if (name != null) {
            return List.of(new DeclaredLicense(name, url, at + ".name", false));
        }
        if (url != null) {
            return List.of(new DeclaredLicense(url, null, at + ".url", false));
        }
        throw InvalidBomException.at(at, "a license needs an id or a name");
    }
}
