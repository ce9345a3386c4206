package ai.licensing.engine;

import ai.licensing.model.Vocabulary;

/**
 * How the {@code then} blocks of a ruleset run. A folder is first compiled with interpreted consequences, which
 * compile in a fraction of the time (start-up, every reload); the service then compiles them to Java in the
 * background and swaps the result in, which makes each decision about a fifth faster (docs/performance.md).
 * Both run the same rules from the same files and give the same verdicts.
 */
public enum Consequences implements Vocabulary {
    /** Run by MVEL's interpreter: no Java compiler run at load time. */
    INTERPRETED("mvel"),
    /** Compiled to Java bytecode by Drools' Java dialect. */
    COMPILED("java");

    /** The Drools dialect that compiles them. */
    final String dialect;

    Consequences(String dialect) {
        this.dialect = dialect;
    }

    @Override
    public String id() {
        return Vocabulary.idOf(this);
    }
}
