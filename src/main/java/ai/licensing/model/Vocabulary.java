package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum values that travel as lower-case, hyphenated ids on the wire. */
public interface Vocabulary {

    @JsonValue
    String id();

    static <E extends Enum<E> & Vocabulary> E parse(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not one of " + ids(type));
    }

    static <E extends Enum<E> & Vocabulary> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toList();
    }

    /** Locale.ROOT: under a Turkish default locale, "API" would otherwise become "apı". */
    static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
