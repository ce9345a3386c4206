package ai.licensing.engine;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ruleset being served. A reload swaps in a whole new {@link Ruleset} at once; an evaluation takes the
 * reference once and finishes on that version, so no verdict ever mixes two versions.
 */
public final class CurrentRuleset {

    private final AtomicReference<Ruleset> current;

    public CurrentRuleset(Ruleset initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    public Ruleset get() {
        return current.get();
    }

    public void set(Ruleset next) {
        current.set(Objects.requireNonNull(next));
    }

    /** Swaps in {@code next} only if {@code expected} is still the one serving; tells whether it did. */
    public boolean replace(Ruleset expected, Ruleset next) {
        return current.compareAndSet(expected, Objects.requireNonNull(next));
    }
}
