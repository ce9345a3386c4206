package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a usage profile that is plainly valid JSON for its records straight from Jackson's tokens: every field known
 * and given once, each value of its component's JSON type (a string, a whole number of at most 64 bits, true or
 * false, an array of those, an object, or null), the vocabulary's ids its factory accepts, and nothing after the
 * object. For such a profile the strict mapper ({@code Json.profiles()}) makes the same records; this reader skips its
 * creators, buffers and duplicate-key sets, which were a third of reading a profile in {@code evaluate}. Anything
 * else, it leaves to the mapper ({@code null}), which then says exactly what is wrong and where, so a bad profile gets
 * the same problem either way. {@code PlainProfileReaderTest} holds the two to the same records.
 *
 * <p>Driven by the records' components, as the mapper is: a component added to a profile record is read here too.
 * Thread-safe.
 */
final class PlainProfileReader {

    private enum Kind { TEXT, COUNT, FLAG, CHOICE, TEXTS, CHOICES, RECORD, OTHER }

    /** How one record is read: its components by JSON name, what each holds, and its canonical constructor. */
    private static final class Shape {
        final Map<String, Integer> index = new HashMap<>();
        final Kind[] kinds;
        final Shape[] nested;
        final Method[] choices;
        final Constructor<?> constructor;

        Shape(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            kinds = new Kind[components.length];
            nested = new Shape[components.length];
            choices = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                index.put(component.getName(), i);
                Class<?> type = component.getType();
                types[i] = type;
                Class<?> element = type == List.class ? elementOf(component.getGenericType()) : null;
                choices[i] = creatorOf(element != null ? element : type);
                if (type == String.class) {
                    kinds[i] = Kind.TEXT;
                } else if (type == Long.class) {
                    kinds[i] = Kind.COUNT;
                } else if (type == Boolean.class) {
                    kinds[i] = Kind.FLAG;
                } else if (element == null && choices[i] != null) {
                    kinds[i] = Kind.CHOICE;
                } else if (type.isRecord()) {
                    kinds[i] = Kind.RECORD;
                    nested[i] = new Shape(type);
                } else if (element == String.class) {
                    kinds[i] = Kind.TEXTS;
                } else if (element != null && choices[i] != null) {
                    kinds[i] = Kind.CHOICES;
                } else {
                    kinds[i] = Kind.OTHER; // left to the mapper whenever it is present
                }
            }
            try {
                constructor = record.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }

        private static Class<?> elementOf(Type type) {
            if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return null;
        }

        /** The vocabulary's {@code @JsonCreator} factory from an id, as the mapper calls it. */
        private static Method creatorOf(Class<?> type) {
            if (!type.isEnum()) {
                return null;
            }
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.isAnnotationPresent(JsonCreator.class) && Modifier.isStatic(m.getModifiers())
                            && m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class)
                    .findFirst().orElse(null);
        }
    }

    /** Leaves the profile to the mapper. */
    private static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();
    private static final Shape PROFILE = new Shape(UsageProfile.class);

    private final JsonFactory tokens;

    /** @param strict the factory of the strict mapper: the same limits and features, less its duplicate-key sets */
    PlainProfileReader(JsonFactory strict) {
        tokens = strict.copy().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The profile in {@code length} bytes from {@code offset}, or {@code null} when it is for the mapper to read. */
    UsageProfile read(byte[] bytes, int offset, int length) {
        try (JsonParser json = tokens.createParser(bytes, offset, length)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            UsageProfile profile = (UsageProfile) object(json, PROFILE);
            return json.nextToken() == null ? profile : null;
        } catch (NotPlain | IOException e) {
            return null;
        }
    }

    /** The record whose START_OBJECT was just read. */
    private static Object object(JsonParser json, Shape shape) throws IOException, NotPlain {
        Object[] values = new Object[shape.kinds.length];
        long seen = 0;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            Integer i = shape.index.get(json.currentName());
            if (i == null || (seen & 1L << i) != 0) {
                throw NOT_PLAIN;
            }
            seen |= 1L << i;
            values[i] = value(json, json.nextToken(), shape, i);
        }
        try {
            return shape.constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw NOT_PLAIN;
        }
    }

    private static Object value(JsonParser json, JsonToken token, Shape shape, int i) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (shape.kinds[i]) {
            case TEXT -> text(json, token);
            case COUNT -> {
                if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw NOT_PLAIN;
                }
                yield json.getLongValue();
            }
            case FLAG -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw NOT_PLAIN;
                }
                yield token == JsonToken.VALUE_TRUE;
            }
            case CHOICE -> choice(shape.choices[i], text(json, token));
            case RECORD -> {
                if (token != JsonToken.START_OBJECT) {
                    throw NOT_PLAIN;
                }
                yield object(json, shape.nested[i]);
            }
            case TEXTS, CHOICES -> list(json, token, shape.kinds[i] == Kind.CHOICES ? shape.choices[i] : null);
            case OTHER -> throw NOT_PLAIN;
        };
    }

    /** An array of strings, or of ids of a vocabulary when {@code creator} is given; a null element is the mapper's. */
    private static List<Object> list(JsonParser json, JsonToken token, Method creator) throws IOException, NotPlain {
        if (token != JsonToken.START_ARRAY) {
            throw NOT_PLAIN;
        }
        List<Object> list = new ArrayList<>();
        for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
            String text = text(json, element);
            list.add(creator == null ? text : choice(creator, text));
        }
        return list;
    }

    private static String text(JsonParser json, JsonToken token) throws IOException, NotPlain {
        if (token != JsonToken.VALUE_STRING) {
            throw NOT_PLAIN;
        }
        return json.getText();
    }

    /** The vocabulary's value for an id; an empty or unknown id is the mapper's to report. */
    private static Object choice(Method creator, String id) throws NotPlain {
        if (id.isEmpty()) {
            throw NOT_PLAIN;
        }
        try {
            return creator.invoke(null, id);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw NOT_PLAIN;
        }
    }
}
