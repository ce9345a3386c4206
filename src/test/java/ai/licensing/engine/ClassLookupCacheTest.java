package ai.licensing.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassLookupCacheTest {

    /** Records every name it is asked for. */
    private static final class Counting extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Counting() {
            super(ClassLookupCacheTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void eachNameIsLookedUpOnceWhetherFoundOrNot() throws ClassNotFoundException {
        Counting application = new Counting();
        ClassLookupCache cache = ClassLookupCache.of(application);
        assertSame(Usage.class, cache.loadClass(Usage.class.getName()));
        assertSame(Usage.class, Class.forName(Usage.class.getName(), false, cache));
        assertThrows(ClassNotFoundException.class, () -> cache.loadClass("licensing.license"));
        assertThrows(ClassNotFoundException.class, () -> cache.loadClass("licensing.license"));
        assertEquals(List.of(Usage.class.getName(), "licensing.license"), application.asked);
    }

    @Test
    void theCacheIsKeptForTheSameApplicationLoaderOnly() {
        Counting application = new Counting();
        ClassLookupCache cache = ClassLookupCache.of(application);
        assertSame(cache, ClassLookupCache.of(application));
        assertNotSame(cache, ClassLookupCache.of(new Counting()));
    }
}
