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
        long start = System.nanoTime();
        Path dir = rulesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RulesetException(List.of(new SourceError(rulesDir.toString(), 0, 0, "the rules folder does not exist")));
        }
        RuleFiles files = RuleFiles.read(dir);
        List<SourceError> errors = new ArrayList<>();
        Catalog catalog = null;
        try {
            catalog = CatalogLoader.load(dir);
        } catch (CatalogException e) {
            errors.addAll(e.errors());
        }
        // Table rules come first: where a table row and a rule file share a section, the row's reason reads first,
        // as it did when the row was a rule written above the file's others.
        Map<String, String> drl = new LinkedHashMap<>(PurposeTableCompiler.compile(files.tables(), catalog, errors));
        drl.putAll(files.drl());
        if (files.drl().isEmpty()) {
            errors.add(new SourceError(rulesDir.toString(), 0, 0, "no .drl rule files in the rules folder"));
        }
        // The checks parse the rule files a second time (0.3-1 s for the 178 rules on a loaded 2-core machine); they
        // run beside the compile, which keeps the other core busy only part of the time.
        Catalog checkedAgainst = catalog;
        CompletableFuture<RuleChecks.Report> checking = CompletableFuture.supplyAsync(() -> RuleChecks.check(
                drl.entrySet().stream().map(f -> DrlSource.file(f.getKey(), f.getValue())).toList(), checkedAgainst));
        KnowledgeBases compiled = drl.isEmpty() ? null
                : KnowledgeBases.compile(dir, drl, catalog == null ? List.of() : catalog.licenseIds(), errors);
        RuleChecks.Report checked = checking.join();
        errors.addAll(checked.errors());
        List<RuleMeta> rules = compiled == null ? List.of() : describe(compiled.rules(), checked);
        if (!errors.isEmpty()) {
            throw new RulesetException(errors);
        }
        Map<String, RuleMeta> byName = new LinkedHashMap<>();
        rules.forEach(r -> byName.put(r.name(), r));
        LicenseSessions sessions = new LicenseSessions(compiled, new ClauseAttribution(byName));
        return new Ruleset(files.version(), Instant.now(), dir.toString(), files.names(), catalog, rules,
                Collections.unmodifiableMap(byName), clauseIds(catalog, rules), sessions,
                new PurposeGroups(catalog.purposeGroups()), checked.warnings(), Duration.ofNanos(System.nanoTime() - start));
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
