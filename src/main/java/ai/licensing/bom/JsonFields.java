package ai.licensing.bom;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Reads the few fields the service needs from a BOM tree, tolerating what generators leave out but naming the
 * path of a field that has the wrong shape.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The text of an optional string field; null when absent or null. */
    static String text(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw InvalidBomException.at(path + member(field), "must be a string, not " + kind(value));
        }
        return value.asText();
    }

    /** Calls {@code each} with every element of an optional array field and its path. */
    static void each(JsonNode parent, String field, String path, BiConsumer<JsonNode, String> each) {
        JsonNode list = parent.get(field);
        if (list == null || list.isNull()) {
            return;
        }
        String at = path + member(field);
        if (!list.isArray()) {
            throw InvalidBomException.at(at, "must be an array, not " + kind(list));
        }
        for (int i = 0; i < list.size(); i++) {
            each.accept(list.get(i), at + "[" + i + "]");
        }
    }

    /** The strings of an optional field that holds a string or an array of strings (JSON-LD allows both). */
    static List<String> texts(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        List<String> texts = new ArrayList<>();
        if (value != null && value.isTextual()) {
            texts.add(value.asText());
        } else {
            each(parent, field, path, (item, at) -> {
                if (!item.isTextual()) {
                    throw InvalidBomException.at(at, "must be a string, not " + kind(item));
                }
                texts.add(item.asText());
            });
        }
        return texts;
    }

    static void requireObject(JsonNode node, String path, String what) {
        if (node == null || !node.isObject()) {
            throw InvalidBomException.at(path, what + " must be a JSON object, not " + kind(node));
        }
    }

    /** A member's path: {@code .name} for plain names, {@code ['@graph']} for the rest. */
    static String member(String field) {
        return field.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + field : "['" + field + "']";
    }

    static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
