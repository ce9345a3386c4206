package ai.licensing.process;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * Sets one thread's CPU niceness (Linux: 0 is the default, 19 the lowest priority). Raising it needs no privilege;
 * lowering it again does, so callers only ever raise.
 */
@FunctionalInterface
interface Niceness {

    /** Sets the niceness of the thread with this kernel id; tells whether the kernel accepted it. */
    boolean set(int threadId, int niceness);

    /**
     * {@code setpriority(2)} through the JDK's foreign function API, which a JDK 22 or later has; empty on an older JDK
     * or another system. Linux gives each thread its own niceness, so a thread id names one thread. Reached by
     * reflection because the project compiles for Java 17; the jar's manifest enables native access for it.
     */
    static Optional<Niceness> ofThisJvm() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return Optional.empty();
        }
        try {
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
            Object linker = linkerType.getMethod("nativeLinker").invoke(null);
            Object libc = linkerType.getMethod("defaultLookup").invoke(linker);
            Optional<?> function = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup")
                    .getMethod("find", String.class).invoke(libc, "setpriority");
            if (function.isEmpty()) {
                return Optional.empty();
            }
            Object anInt = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_INT").get(null);
            Object parameters = Array.newInstance(layoutType, 3);
            for (int i = 0; i < 3; i++) {
                Array.set(parameters, i, anInt);
            }
            Object descriptor = descriptorType.getMethod("of", layoutType, parameters.getClass()).invoke(null, anInt, parameters);
            Object noOptions = Array.newInstance(optionType, 0);
            MethodHandle setpriority = (MethodHandle) linkerType
                    .getMethod("downcallHandle", Class.forName("java.lang.foreign.MemorySegment"), descriptorType, noOptions.getClass())
                    .invoke(linker, function.get(), descriptor, noOptions);
            return Optional.of((threadId, niceness) -> {
                try {
                    return (int) setpriority.invokeExact(PRIO_PROCESS, threadId, niceness) == 0;
                } catch (Throwable e) {
                    return false;
                }
            });
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notHere) {
            return Optional.empty();
        }
    }

    /** {@code setpriority}'s "which" for a process or, on Linux, a thread. */
    int PRIO_PROCESS = 0;
}
