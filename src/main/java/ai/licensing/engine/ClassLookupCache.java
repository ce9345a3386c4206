package ai.licensing.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The class loader the rule compiler sees: it asks the application's class loader once per class name and
 * remembers the answer, found or not. Drools tries every metadata name of every rule ({@code @license},
 * {@code @section}…) as a possible class, in several packages; under Quarkus each such miss reopens a jar of
 * the application, which was most of a reload. The application's classes do not change while it runs, so both
 * answers stay true; types a rule file declares live in Drools' own loader below this one.
 */
final class ClassLookupCache extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static volatile ClassLookupCache latest;

    private final ConcurrentMap<String, Optional<Class<?>>> known = new ConcurrentHashMap<>();

    private ClassLookupCache(ClassLoader application) {
        super(application);
    }

    /** The cache in front of {@code application}, kept from one compile to the next. */
    static ClassLookupCache of(ClassLoader application) {
        ClassLookupCache cache = latest;
        if (cache == null || cache.getParent() != application) {
            cache = new ClassLookupCache(application);
            latest = cache;
        }
        return cache;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Optional<Class<?>> found = known.computeIfAbsent(name, this::lookUp);
        return found.orElseThrow(() -> new ClassNotFoundException(name));
    }

    private Optional<Class<?>> lookUp(String name) {
        try {
            return Optional.of(getParent().loadClass(name));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
