package ai.licensing.cli;

import ai.licensing.engine.CompiledRulesCache;
import ai.licensing.engine.Consequences;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetException;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.SourceError;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** {@code --rules DIR}, shared by every command that compiles a ruleset; defaults like the service does. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: $LICENSING_RULES_DIR, -Dlicensing.rules.dir, or rules-drl).")
    Path dir;

    Path resolve() {
        return dir != null ? dir : configuredDir();
    }

    /** The folder the service would be configured with, read without booting it. */
    static Path configuredDir() {
        return Path.of(configured("licensing.rules.dir").orElse("rules-drl"));
    }

    /**
     * The compiled rules cache as configured, read without booting the service: off with
     * {@code licensing.rules.cache=false} ({@code LICENSING_RULES_CACHE}), else in {@code licensing.rules.cache-dir}
     * ({@code LICENSING_RULES_CACHE_DIR}) or the default folder, keeping the compiles whose consequences run {@code kept},
     * and reading the entries shipped in {@code licensing.rules.cache-shipped-dir} ({@code LICENSING_RULES_CACHE_SHIPPED_DIR}).
     */
    static CompiledRulesCache configuredCache(Consequences kept) {
        return CompiledRulesCache.configured(configured("licensing.rules.cache").map(Boolean::parseBoolean).orElse(true),
                configured("licensing.rules.cache-dir").map(Path::of), kept,
                configured("licensing.rules.cache-shipped-dir").map(Path::of));
    }

    /** How the service will run consequences once it has compiled them ({@code licensing.rules.compile-consequences}). */
    static Consequences servedConsequences() {
        boolean compiled = configured("licensing.rules.compile-consequences").map(Boolean::parseBoolean).orElse(true);
        return compiled ? Consequences.COMPILED : Consequences.INTERPRETED;
    }

    /**
     * Whether the service's optimizing compiler yields the CPU to its start ({@code licensing.start.defer-optimizing-compiler},
     * {@link ai.licensing.process.StartupPriority}).
     */
    static boolean optimizingCompilerYieldsAtStart() {
        return configured("licensing.start.defer-optimizing-compiler").map(Boolean::parseBoolean).orElse(true);
    }

    /** A setting as the service reads it before its configuration exists: the system property, else the environment. */
    private static Optional<String> configured(String key) {
        String value = System.getProperty(key, System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * Loads the rules folder for a command that decides: read from the compiled rules cache when a service or an
     * earlier command compiled the same folder with this build (the same verdicts, sooner), else compiled and kept
     * there with interpreted consequences, which is what commands compile.
     */
    Ruleset load(PrintWriter err) {
        return load(err, configuredCache(Consequences.INTERPRETED));
    }

    /** Compiles the rules folder whatever the cache holds: what {@code validate} is for. */
    Ruleset compile(PrintWriter err) {
        return load(err, CompiledRulesCache.NONE);
    }

    /**
     * The rules folder, or null after printing every error as {@code file:line:col: message} (the form editors and
     * CI annotate).
     */
    Ruleset load(PrintWriter err, CompiledRulesCache cache) {
        try {
            return RulesetLoader.load(resolve(), cache);
        } catch (RulesetException e) {
            e.errors().forEach(err::println);
            err.printf("%d error(s)%n", e.errors().size());
        } catch (UncheckedIOException e) {
            err.println(new SourceError(resolve().toString(), 0, 0, e.getMessage()));
            err.println("1 error(s)");
        }
        err.flush();
        return null;
    }
}
