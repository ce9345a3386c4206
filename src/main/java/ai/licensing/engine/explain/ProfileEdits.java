package ai.licensing.engine.explain;

import ai.licensing.model.Fact;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Vocabulary;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies {@link Change}s to a profile, giving a new profile (the original is never modified). The profile's
 * records are copied through their canonical constructors, found by the fact's dotted path
 * ({@code licensee.monthlyActiveUsers} is component {@code monthlyActiveUsers} of component {@code licensee}),
 * so a fact added to the registry and the records can be changed here without another list to keep in step.
 */
final class ProfileEdits {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private ProfileEdits() {
    }

    static UsageProfile apply(UsageProfile profile, List<Change> changes) {
        UsageProfile changed = profile;
        for (Change change : changes) {
            changed = apply(changed, change);
        }
        return changed;
    }

    private static UsageProfile apply(UsageProfile profile, Change change) {
        Fact fact = Fact.byPath(change.fact()).orElseThrow(() -> new IllegalArgumentException("no profile fact " + change.fact()));
        if (change.to() != null) {
            return with(profile, fact, change.to());
        }
        List<Object> list = new ArrayList<>();
        if (fact.wireValueIn(profile) instanceof List<?> stated) {
            list.addAll(stated);
        }
        if (change.add() != null && !list.contains(change.add())) {
            list.add(change.add());
        }
        list.remove(change.remove());
        return with(profile, fact, list);
    }

    /** A copy of the profile with the fact set to a wire value (Boolean, Long, String, list of String). */
    private static UsageProfile with(UsageProfile profile, Fact fact, Object value) {
        String[] path = fact.path().split("\\.");
        RecordComponent group = component(UsageProfile.class, path[0]);
        RecordComponent leaf = component(group.getType(), path[1]);
        Object changedGroup = copy(group.getType(), read(group, profile), leaf, typed(leaf, value));
        return (UsageProfile) copy(UsageProfile.class, profile, group, changedGroup);
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no " + name));
    }

    private static Object typed(RecordComponent leaf, Object value) {
        if (value instanceof List<?> list) {
            Type element = ((ParameterizedType) leaf.getGenericType()).getActualTypeArguments()[0];
            List<Object> typed = new ArrayList<>(list.size());
            list.forEach(v -> typed.add(single((Class<?>) element, v)));
            return typed;
        }
        return single(leaf.getType(), value);
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

    /** A copy of a record (of an all-unknown one when {@code original} is null) with one component replaced. */
    private static Object copy(Class<?> type, Object original, RecordComponent changed, Object value) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getName().equals(changed.getName()) ? value
                    : original == null ? null : read(components[i], original);
        }
        try {
            return CONSTRUCTORS.computeIfAbsent(type, ProfileEdits::canonicalConstructor).newInstance(args);
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

    private static Object read(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
