package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.CatalogException;
import ai.licensing.catalog.CatalogLoader;
import ai.licensing.engine.authoring.DrlSource;
import ai.licensing.engine.authoring.RuleChecks;
import ai.licensing.model.SourceError;
import org.kie.api.definition.rule.Rule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Compiles a rules folder (every {@code .drl} and purpose table below it, plus {@code catalog/}) into a {@link Ruleset}.
 * Nothing is compiled ahead of time: lawyers edit the folder and the service compiles what it finds.
 * Any problem, in a rule or the catalog, fails the whole load with every error positioned by file and line; this
 * includes the authoring checks of {@link RuleChecks} (unknown purposes, a mismatched @license…).
 */
public final class RulesetLoader {

    /** Every rule file is compiled as this package; rule files declare it. */
    public static final String PACKAGE = "licensing";

    private RulesetLoader() {
    }

    public static Ruleset load(Path rulesDir) {
        return load(rulesDir, CompiledRulesCache.NONE);
    }

    /**
     * The same, reading the rule files' compile from {@code cache} when it holds this version of the folder compiled by
     * this build (a first load only), and keeping a compile of the whole folder there for the next start.
     */
    public static Ruleset load(Path rulesDir, CompiledRulesCache cache) {
        long start = System.nanoTime();
        Path dir = rulesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RulesetException(List.of(new SourceError(rulesDir.toString(), 0, 0, "the rules folder does not exist")));
        }
        RuleFiles files = RuleFiles.read(dir);
        // The catalog and the purpose tables are read beside the compile of the rule files, which does not need them
        // (reading the catalog is a third of a second in a fresh JVM, at start-up); the checks follow them there.
        CompletableFuture<Prepared> preparing = CompletableFuture.supplyAsync(() -> Prepared.of(dir, files));
        Supplier<KnowledgeBases.Tables> tables = () -> {
            Prepared prepared = preparing.join();
            return new KnowledgeBases.Tables(prepared.tables(), prepared.catalog() == null ? List.of() : prepared.catalog().licenseIds());
        };
        List<SourceError> compileErrors = new ArrayList<>();
        KnowledgeBases compiled = files.drl().isEmpty() ? null : KnowledgeBases.compile(dir, files.version(), files.drl(), tables, cache, compileErrors);
        Prepared prepared = preparing.join();
        Catalog catalog = prepared.catalog();
        List<SourceError> errors = new ArrayList<>(prepared.errors());
        if (files.drl().isEmpty()) {
            errors.add(new SourceError(rulesDir.toString(), 0, 0, "no .drl rule files in the rules folder"));
        }
        errors.addAll(compileErrors);
        RuleChecks.Report checked = prepared.checked().join();
        errors.addAll(checked.errors());
        List<RuleMeta> rules = compiled == null ? List.of() : describe(compiled.rules(), checked);
        if (!errors.isEmpty()) {
            throw new RulesetException(errors);
        }
        Map<String, RuleMeta> byName = new LinkedHashMap<>();
        rules.forEach(r -> byName.put(r.name(), r));
        LicenseSessions sessions = new LicenseSessions(compiled, new ClauseAttribution(byName, compiled.rulesOfEveryBase()),
                decisionsMayShareARun(compiled.rules(), checked));
        return new Ruleset(files.version(), Instant.now(), dir.toString(), files.names(), catalog, rules,
                Collections.unmodifiableMap(byName), clauseIds(catalog, rules), sessions,
                new PurposeGroups(catalog.purposeGroups()), checked.warnings(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The catalog, the rule text of the purpose tables and the checks of every rule file, with the catalog's and the
     * tables' errors. Table rules come first: where a table row and a rule file share a section, the row's reason reads
     * first (the rows also fire first, PurposeTableCompiler), as it did when the row was a rule written above the file's others.
     */
    private record Prepared(Catalog catalog, Map<String, String> tables, List<SourceError> errors,
            CompletableFuture<RuleChecks.Report> checked) {

        static Prepared of(Path dir, RuleFiles files) {
            List<SourceError> errors = new ArrayList<>();
            Catalog catalog = null;
            try {
                catalog = CatalogLoader.load(dir);
            } catch (CatalogException e) {
                errors.addAll(e.errors());
            }
            Map<String, String> tables = PurposeTableCompiler.compile(files.tables(), catalog, errors);
            Map<String, String> drl = new LinkedHashMap<>(tables);
            drl.putAll(files.drl());
            // The checks parse the rule files a second time; they run beside the compile, on a thread of their own.
            Catalog checkedAgainst = catalog;
            CompletableFuture<RuleChecks.Report> checked = CompletableFuture.supplyAsync(() -> RuleChecks.check(
                    drl.entrySet().stream().map(f -> new DrlSource(f.getKey(), f.getValue())).toList(), checkedAgainst));
            return new Prepared(catalog, tables, errors, checked);
        }
    }

    /** Every license id and every {@code license:section} a license's own rules speak for (catalog rules are not clauses one can hold an agreement for). */
    private static Set<String> clauseIds(Catalog catalog, List<RuleMeta> rules) {
        Set<String> ids = new HashSet<>(catalog.licenseIds());
        for (RuleMeta rule : rules) {
            if (!RuleMeta.EVERY_LICENSE.equals(rule.license())) {
                ids.add(rule.license() + ":" + rule.section());
            }
        }
        return Set.copyOf(ids);
    }

    /** Whether every compiled rule matches one fact of one decision (a rule the checks did not read counts as not). */
    private static boolean decisionsMayShareARun(List<Rule> compiled, RuleChecks.Report checked) {
        return compiled.stream().map(rule -> checked.rules().get(rule.getName()))
                .allMatch(facts -> facts != null && facts.matchesOneFact());
    }

    /** Each compiled rule's clause metadata, with where the checks found it and the facts it reads. */
    private static List<RuleMeta> describe(List<Rule> compiled, RuleChecks.Report checked) {
        List<RuleMeta> rules = new ArrayList<>();
        for (Rule rule : compiled) {
            RuleChecks.RuleFacts source = checked.rules().get(rule.getName());
            rules.add(new RuleMeta(rule.getName(), RuleMeta.metadata(rule, "license"), RuleMeta.metadata(rule, "section"),
                    RuleMeta.metadata(rule, "title"), RuleMeta.metadata(rule, "url"),
                    source == null ? "" : source.file(), source == null ? 0 : source.line(),
                    source == null ? List.of() : source.reads()));
        }
        rules.sort(java.util.Comparator.comparing(RuleMeta::file).thenComparingInt(RuleMeta::line));
        return rules;
    }
}
