package ai.licensing.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimizing compiler's yield and its end, on a made-up thread folder in place of /proc/self/task. */
class StartupPriorityTest {

    @TempDir
    Path threads;

    /** Each thread's niceness as set, by thread id. */
    private final Map<Integer, Integer> set = new LinkedHashMap<>();

    @Test
    void onlyTheOptimizingCompilerYieldsAtStart() throws IOException {
        thread(11, "main");
        thread(12, "C1 CompilerThre");
        thread(13, "C2 CompilerThre");
        thread(14, "GC Thread#0");
        StartupPriority priority = new StartupPriority(threads, recorded());

        assertTrue(priority.yieldOptimizingCompiler());
        assertEquals(Map.of(13, StartupPriority.LOWEST), set);
    }

    @Test
    void onceReadyEveryThreadHasTheCompilersNicenessThoseStartedMeanwhileToo() throws IOException {
        thread(11, "main");
        thread(13, "C2 CompilerThre");
        thread(14, "vert.x-eventloop");
        StartupPriority priority = new StartupPriority(threads, (id, niceness) -> {
            set.put(id, niceness);
            if (id == 14) {
                thread(15, "executor-thread-1"); // started while the others were being set
            }
            return true;
        });
        priority.yieldOptimizingCompiler();
        set.clear();

        assertEquals(4, priority.evenOut());
        assertEquals(Map.of(11, 19, 13, 19, 14, 19, 15, 19), set);
        set.clear();
        assertEquals(0, priority.evenOut(), "once is enough");
        assertTrue(set.isEmpty());
    }

    @Test
    void nothingChangesWhenTheCompilerDidNotYield() throws IOException {
        thread(11, "main");
        thread(12, "C1 CompilerThre");
        StartupPriority withoutC2 = new StartupPriority(threads, recorded());

        assertFalse(withoutC2.yieldOptimizingCompiler(), "no optimizing compiler (a JVM without C2, or -XX:TieredStopAtLevel=1)");
        assertEquals(0, withoutC2.evenOut());
        assertTrue(set.isEmpty());

        thread(13, "C2 CompilerThre");
        StartupPriority refused = new StartupPriority(threads, (id, niceness) -> false);
        assertFalse(refused.yieldOptimizingCompiler(), "the kernel refused");
        assertEquals(0, refused.evenOut());
    }

    @Test
    void aCompilerThreadThatYieldedIsEvenedOutLaterThoughAnotherCouldNot() throws IOException {
        thread(11, "main");
        thread(13, "C2 CompilerThre");
        thread(14, "C2 CompilerThre");
        StartupPriority priority = new StartupPriority(threads, (id, niceness) -> {
            if (id == 14) {
                return false; // ended before it was set, or the kernel refused
            }
            set.put(id, niceness);
            return true;
        });

        assertTrue(priority.yieldOptimizingCompiler());
        assertEquals(Map.of(13, 19), set);
        assertEquals(3, priority.evenOut(), "the one that yielded does not stay behind");
        assertEquals(Map.of(11, 19, 13, 19), set);
    }

    @Test
    void aJvmWithTheForeignFunctionApiOnLinuxCanSetNiceness() {
        boolean expected = Runtime.version().feature() >= 22 && System.getProperty("os.name").startsWith("Linux");
        assertEquals(expected, Niceness.ofThisJvm().isPresent());
        assertEquals(expected, StartupPriority.ofThisProcess().isPresent());
    }

    private Niceness recorded() {
        return (id, niceness) -> {
            set.put(id, niceness);
            return true;
        };
    }

    private void thread(int id, String name) {
        try {
            Path thread = Files.createDirectories(threads.resolve(Integer.toString(id)));
            Files.writeString(thread.resolve("comm"), name + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
