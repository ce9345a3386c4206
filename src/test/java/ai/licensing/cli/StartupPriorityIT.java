package ai.licensing.cli;

import ai.licensing.testing.Eventually;
import ai.licensing.testing.Jdks;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static ai.licensing.testing.ServiceProcess.testedJava;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged service's optimizing compiler yields the CPU to the start and gets its share back once the service is
 * ready ({@code licensing.start.defer-optimizing-compiler}), read from the niceness the kernel shows for each of the
 * process's threads (/proc/PID/task/TID/stat).
 */
class StartupPriorityIT {

    private static final String YIELDED = "Ready: the optimizing compiler ran at niceness 19 during the start";

    @Test
    void onAJdkWithTheForeignFunctionApiTheOptimizingCompilerYieldsUntilTheServiceIsReady(@TempDir Path dir) throws Exception {
        Optional<String> java25 = Jdks.aotCapable();
        assumeTrue(java25.isPresent(), "no JDK 25 or later: set -Dlicensing.it.aot-java=/path/to/bin/java");
        Map<String, Integer> whileStarting = new HashMap<>();
        try (ServiceProcess service = ServiceProcess.start(java25.get(), dir, RulesCopy.into(dir.resolve("rules")), "service.log",
                process -> whileStarting.putAll(onceTheOptimizingCompilerYielded(process)))) {
            assertEquals(19, whileStarting.get("C2 CompilerThre"), "the optimizing compiler yields as the start begins: " + whileStarting);
            assertEquals(0, whileStarting.get("C1 CompilerThre"), "the quick compiler, which the start needs, does not");
            assertEquals(0, whileStarting.get("java"), "nor does the boot (the launcher names the main thread java)");

            Eventually.await("every thread at the compiler's niceness once ready", Duration.ofSeconds(30),
                    () -> nicenessOfEachThread(service.pid()).values().stream().allMatch(n -> n == 19));
            assertTrue(service.log().contains(YIELDED), service.log());
            assertFalse(service.log().contains("restricted method"), "the jar enables native access, so the JDK does not warn: " + service.log());
        }
    }

    @Test
    void switchedOffNoThreadChangesItsNiceness(@TempDir Path dir) throws Exception {
        Optional<String> java25 = Jdks.aotCapable();
        assumeTrue(java25.isPresent(), "no JDK 25 or later: set -Dlicensing.it.aot-java=/path/to/bin/java");
        assertUnchanged(java25.get(), dir, "-Dlicensing.start.defer-optimizing-compiler=false");
    }

    @Test
    void onTheTestedJdkTheNicenessIsAsTheJdkAllows(@TempDir Path dir) throws Exception {
        if (Runtime.version().feature() >= 22) {
            try (ServiceProcess service = ServiceProcess.start(testedJava(), dir, RulesCopy.into(dir.resolve("rules")), "service.log")) {
                Eventually.await("every thread at niceness 19 once ready", Duration.ofSeconds(30),
                        () -> nicenessOfEachThread(service.pid()).values().stream().allMatch(n -> n == 19));
            }
        } else {
            assertUnchanged(testedJava(), dir); // no foreign function API before JDK 22: nothing to set them with
        }
    }

    /** A service whose threads all keep niceness 0, before and after the compile of its consequences. */
    private static void assertUnchanged(String java, Path dir, String... options) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(java, dir, RulesCopy.into(dir.resolve("rules")), "service.log", options)) {
            assertEquals(List.of(0), nicenessOfEachThread(service.pid()).values().stream().distinct().toList());
            Eventually.await("the consequences compiled", Duration.ofSeconds(90),
                    () -> "compiled".equals(service.rules().path("consequences").asText()));
            assertEquals(List.of(0), nicenessOfEachThread(service.pid()).values().stream().distinct().toList());
            assertFalse(service.log().contains(YIELDED), service.log());
        }
    }

    /** Each thread's niceness by name, once the optimizing compiler's is 19 (or as it is when the process ends or a minute passed). */
    private static Map<String, Integer> onceTheOptimizingCompilerYielded(Process process) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Map<String, Integer> threads = Map.of();
        while (process.isAlive() && System.nanoTime() < deadline) {
            threads = nicenessByName(process.pid());
            if (Integer.valueOf(19).equals(threads.get("C2 CompilerThre"))) {
                break;
            }
            Thread.onSpinWait();
        }
        return threads;
    }

    private static Map<String, Integer> nicenessByName(long pid) {
        Map<String, Integer> byName = new HashMap<>();
        threadsOf(pid).forEach(thread -> byName.put(thread.name(), thread.niceness()));
        return byName;
    }

    private static Map<Long, Integer> nicenessOfEachThread(long pid) {
        Map<Long, Integer> byId = new HashMap<>();
        threadsOf(pid).forEach(thread -> byId.put(thread.id(), thread.niceness()));
        return byId;
    }

    private record ThreadStat(long id, String name, int niceness) {
    }

    /** The process's threads as the kernel shows them; threads that end meanwhile are left out. */
    private static List<ThreadStat> threadsOf(long pid) {
        List<ThreadStat> stats = new ArrayList<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    // The name is in parentheses; after it, state is field 3 of proc(5)'s stat and niceness field 19.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    stats.add(new ThreadStat(Long.parseLong(thread.getFileName().toString()),
                            stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')), Integer.parseInt(fields[19 - 3])));
                } catch (IOException threadEnded) {
                    // gone between the listing and the read
                }
            }
        } catch (IOException processEnded) {
            return List.of();
        }
        return stats;
    }
}
