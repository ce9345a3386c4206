package ai.licensing.model;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a usage profile, generated from the fact registry, so editors can check
 * profiles (and the {@code profile:} of scenario files) as strictly as the service does: unknown fields, types,
 * vocabularies, dates, ranges and sizes. Every fact may also be {@code null} (unknown).
 */
public final class ProfileSchema {

    /**
     * Relative, so that a schema beside it (the scenario-file schema) refers to it as {@code profile.json} both where the
     * service serves them ({@code /v1/schemas/}) and in {@code docs/schemas/}.
     */
    public static final String ID = "profile.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ProfileSchema() {
    }

    public static ObjectNode of(ProfileLimits limits) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID);
        schema.put("title", "Usage profile");
        schema.put("description", "How a licensee will use a model. An absent or null field means unknown, never false or zero.");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        for (Fact fact : Fact.values()) {
            String[] path = fact.path().split("\\.");
            ObjectNode parent = properties;
            for (int i = 0; i < path.length - 1; i++) {
                parent = group(parent, path[i]);
            }
            parent.set(path[path.length - 1], property(fact, limits));
        }
        return schema;
    }

    /** The schema as indented JSON text with a final newline (the form docs/ keeps). */
    public static String text(ProfileLimits limits) {
        try {
            return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(of(limits)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode group(ObjectNode properties, String name) {
        if (!properties.has(name)) {
            ObjectNode group = properties.putObject(name);
            group.putArray("type").add("object").add("null");
            group.put("additionalProperties", false);
            group.putObject("properties");
        }
        return (ObjectNode) properties.get(name).get("properties");
    }

    private static ObjectNode property(Fact fact, ProfileLimits limits) {
        ObjectNode p = value(fact.type(), fact, limits);
        p.put("description", fact.meaning());
        p.put("x-controlled", fact.controlled());
        return p;
    }

    private static ObjectNode value(FactType type, Fact fact, ProfileLimits limits) {
        ObjectNode p = JSON.objectNode();
        switch (type) {
            case BOOLEAN -> nullable(p, "boolean");
            case COUNT -> nullable(p, "integer").put("minimum", 0);
            case TEXT -> nullable(p, "string").put("maxLength", limits.maxStringLength());
            case DATE -> nullable(p, "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            case COUNTRY -> nullable(p, "string").put("pattern", "^[A-Z]{2}$");
            case CHOICE -> p.set("enum", ids(fact).addNull());
            case CHOICES -> list(p, limits).putObject("items").set("enum", ids(fact));
            case COUNTRIES -> list(p, limits).putObject("items").put("type", "string").put("pattern", "^[A-Z]{2}$");
            case TEXTS -> list(p, limits).putObject("items").put("type", "string").put("minLength", 1)
                    .put("maxLength", limits.maxStringLength()).put("pattern", "\\S");
        }
        return p;
    }

    private static ObjectNode nullable(ObjectNode p, String type) {
        p.putArray("type").add(type).add("null");
        return p;
    }

    private static ObjectNode list(ObjectNode p, ProfileLimits limits) {
        return nullable(p, "array").put("maxItems", limits.maxListLength());
    }

    private static ArrayNode ids(Fact fact) {
        ArrayNode values = JSON.arrayNode();
        fact.allowedValues().forEach(values::add);
        return values;
    }
}
