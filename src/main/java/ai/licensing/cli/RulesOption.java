package ai.licensing.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --rules DIR}, shared by every command that compiles a ruleset; defaults like the service does. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: $LICENSING_RULES_DIR, -Dlicensing.rules.dir, or rules-drl).")
    Path dir;

    Path resolve() {
        if (dir != null) {
            return dir;
        }
        String configured = System.getProperty("licensing.rules.dir", System.getenv("LICENSING_RULES_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "rules-drl" : configured);
    }
}
