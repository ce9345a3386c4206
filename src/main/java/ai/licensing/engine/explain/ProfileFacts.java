package ai.licensing.engine.explain;

import ai.licensing.model.UsageProfile;
import ai.licensing.model.Vocabulary;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The profile's facts as an explanation sees them: each dotted path with its kind, its allowed values and a way
 * to read it and to make a copy of a profile with it changed. Read from the {@link UsageProfile} records
 * themselves, so a fact added to the profile is known here without another list to keep in step.
 */
final class ProfileFacts {

    /** How a fact's values look on the wire. */
    enum Kind { BOOLEAN, NUMBER, TEXT, CHOICE, LIST }

    /**
     * One leaf of the profile.
     *
     * @param choices the allowed values of a CHOICE fact, or of a LIST fact's elements when they are a vocabulary;
     *                empty otherwise
     */
    record Fact(String path, Kind kind, List<String> choices, RecordComponent group, RecordComponent leaf) {
    }

    private static final Map<String, Fact> FACTS = read();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private ProfileFacts() {
    }

    static Optional<Fact> of(String path) {
        return Optional.ofNullable(FACTS.get(path));
    }

    /** The fact's value in the profile as it travels on the wire (ids for vocabulary values); null when unknown. */
    static Object valueOf(UsageProfile profile, Fact fact) {
        Object group = invoke(fact.group(), profile);
        return group == null ? null : wire(invoke(fact.leaf(), group));
    }

    /** A copy of the profile with the fact set to {@code value} (a wire value: Boolean, Long, String, list of String). */
    static UsageProfile with(UsageProfile profile, Fact fact, Object value) {
        Object group = invoke(fact.group(), profile);
        Object changedGroup = copy(fact.group().getType(), group, fact.leaf(), typed(fact.leaf(), value));
        return (UsageProfile) copy(UsageProfile.class, profile, fact.group(), changedGroup);
    }

    private static Map<String, Fact> read() {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (RecordComponent group : UsageProfile.class.getRecordComponents()) {
            if (!group.getType().isRecord()) {
                continue; // model and license name the subject, not a fact about the use
            }
            for (RecordComponent leaf : group.getType().getRecordComponents()) {
                String path = group.getName() + "." + leaf.getName();
                facts.put(path, new Fact(path, kindOf(leaf), choicesOf(leaf), group, leaf));
            }
        }
        return facts;
    }

    private static Kind kindOf(RecordComponent leaf) {
        Class<?> type = leaf.getType();
        if (type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == Long.class || type == Integer.class) {
            return Kind.NUMBER;
        }
        if (type.isEnum()) {
            return Kind.CHOICE;
        }
        return List.class.isAssignableFrom(type) ? Kind.LIST : Kind.TEXT;
    }

    private static List<String> choicesOf(RecordComponent leaf) {
        Class<?> values = valueClass(leaf);
        return values.isEnum() && Vocabulary.class.isAssignableFrom(values)
                ? Arrays.stream(values.getEnumConstants()).map(v -> ((Vocabulary) v).id()).toList() : List.of();
    }

    /** The type of the values: the component's own, or a list's element type. */
    private static Class<?> valueClass(RecordComponent leaf) {
        if (!List.class.isAssignableFrom(leaf.getType())) {
            return leaf.getType();
        }
        Type element = ((ParameterizedType) leaf.getGenericType()).getActualTypeArguments()[0];
        return element instanceof Class<?> c ? c : Object.class;
    }

    private static Object wire(Object value) {
        if (value instanceof Vocabulary v) {
            return v.id();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ProfileFacts::wire).toList();
        }
        return value;
    }

    private static Object typed(RecordComponent leaf, Object value) {
        Class<?> values = valueClass(leaf);
        if (value instanceof List<?> list) {
            List<Object> typed = new ArrayList<>(list.size());
            list.forEach(v -> typed.add(single(values, v)));
            return typed;
        }
        return single(values, value);
    }

    private static Object single(Class<?> type, Object value) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> ((Vocabulary) c).id().equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not a " + type.getSimpleName()));
        }
        if (type == Long.class && value instanceof Number n) {
            return n.longValue();
        }
        return value;
    }

    /** A copy of a record (or of an all-unknown one when {@code original} is null) with one component replaced. */
    private static Object copy(Class<?> type, Object original, RecordComponent changed, Object value) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getName().equals(changed.getName()) ? value
                    : original == null ? null : invoke(components[i], original);
        }
        try {
            return CONSTRUCTORS.computeIfAbsent(type, ProfileFacts::canonicalConstructor).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> type) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor", e);
        }
    }

    private static Object invoke(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
