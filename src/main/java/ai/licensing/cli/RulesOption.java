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
        String configured = System.getProperty("licensing.rules.dir", System.getenv("LICENSING_RULES_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "rules-drl" : configured);
    }

    /**
     * The compiled rules cache as configured, read without booting the service: off with
     * {@code licensing.rules.cache=false} ({@code LICENSING_RULES_CACHE}), else in {@code licensing.rules.cache-dir}
     * ({@code LICENSING_RULES_CACHE_DIR}) or the default folder, keeping the compiles whose consequences run {@code kept},
     * and reading the entries shipped in {@code licensing.rules.cache-shipped-dir} ({@code LICENSING_RULES_CACHE_SHIPPED_DIR}).
     */
    static CompiledRulesCache configuredCache(Consequences kept) {
        String enabled = System.getProperty("licensing.rules.cache", System.getenv("LICENSING_RULES_CACHE"));
        if (enabled != null && !Boolean.parseBoolean(enabled.strip())) {
            return CompiledRulesCache.NONE;
        }
        String folder = System.getProperty("licensing.rules.cache-dir", System.getenv("LICENSING_RULES_CACHE_DIR"));
        Path dir = folder == null || folder.isBlank() ? CompiledRulesCache.defaultFolder() : Path.of(folder);
        CompiledRulesCache cache = CompiledRulesCache.in(dir, kept);
        String shipped = System.getProperty("licensing.rules.cache-shipped-dir", System.getenv("LICENSING_RULES_CACHE_SHIPPED_DIR"));
        return shipped == null || shipped.isBlank() ? cache : cache.withShipped(Path.of(shipped));
    }

    /** How the service will run consequences once it has compiled them ({@code licensing.rules.compile-consequences}). */
    static Consequences servedConsequences() {
        String compiled = System.getProperty("licensing.rules.compile-consequences", System.getenv("LICENSING_RULES_COMPILE_CONSEQUENCES"));
        return compiled == null || Boolean.parseBoolean(compiled.strip()) ? Consequences.COMPILED : Consequences.INTERPRETED;
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
    private Ruleset load(PrintWriter err, CompiledRulesCache cache) {
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
