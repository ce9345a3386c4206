package ai.licensing.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rules compared the profile's facts with during one evaluation: the numbers a threshold helper tested
 * ({@code monthlyActiveUsersAbove(700000000)}), the text a fact had to begin with, the purposes or countries a
 * clause names. The {@link Usage} helpers report here as they run, so an explanation learns the thresholds and
 * operands from the rules themselves and no one keeps a second copy of them by hand.
 *
 * <p>One instance per evaluation (not thread-safe). {@link #NONE} records nothing and is what every plain
 * evaluation gets, so only explained evaluations pay for the recording.
 */
public final class Comparisons {

    /** Records nothing: for evaluations nobody explains. */
    public static final Comparisons NONE = new Comparisons(false);

    private final boolean recording;
    private final Map<String, NavigableSet<Long>> thresholds = new LinkedHashMap<>();
    private final Map<String, Set<Set<String>>> operands = new LinkedHashMap<>();

    private Comparisons(boolean recording) {
        this.recording = recording;
    }

    /** A recorder for one evaluation. */
    public static Comparisons recorder() {
        return new Comparisons(true);
    }

    boolean recording() {
        return recording;
    }

    /** A helper tested {@code fact > threshold} ("more than N"). */
    void threshold(String fact, long threshold) {
        if (recording) {
            thresholds.computeIfAbsent(fact, f -> new TreeSet<>()).add(threshold);
        }
    }

    /**
     * A helper compared the fact with one group of values: a required prefix, the purposes one clause names, the
     * member states of a region. Groups stay apart so that an explanation can try one value of each.
     */
    void operands(String fact, Set<String> group) {
        if (recording) {
            operands.computeIfAbsent(fact, f -> new LinkedHashSet<>()).add(group);
        }
    }

    /** The facts some threshold was compared with. */
    public Set<String> comparedNumbers() {
        return thresholds.keySet();
    }

    /** The numbers the fact was compared with, ascending; empty when none. */
    public NavigableSet<Long> thresholds(String fact) {
        return thresholds.getOrDefault(fact, new TreeSet<>());
    }

    /** The groups of values the fact was compared with, in the order the rules named them; empty when none. */
    public Set<Set<String>> operands(String fact) {
        return operands.getOrDefault(fact, Set.of());
    }

    /** Adds what another evaluation recorded (an explanation merges the recordings of the profiles it tries). */
    public void addAll(Comparisons other) {
        other.thresholds.forEach((fact, values) -> thresholds.computeIfAbsent(fact, f -> new TreeSet<>()).addAll(values));
        other.operands.forEach((fact, values) -> operands.computeIfAbsent(fact, f -> new LinkedHashSet<>()).addAll(values));
    }
}
