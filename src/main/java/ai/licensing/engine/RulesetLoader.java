package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.CatalogException;
import ai.licensing.catalog.CatalogLoader;
import ai.licensing.model.SourceError;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.StatelessKieSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a rules folder (every {@code .drl} and purpose table below it, plus {@code catalog/}) into a {@link Ruleset}.
 * Nothing is compiled ahead of time: lawyers edit the folder and the service compiles what it finds.
 * Any problem, in a rule or the catalog, fails the whole load with every error positioned by file and line.
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
        RuleCompiler.Compiled compiled = drl.isEmpty() ? null : RuleCompiler.compile(drl, errors);
        List<RuleMeta> rules = compiled == null ? List.of() : describe(compiled.rules(), drl, catalog, errors);
        if (!errors.isEmpty()) {
            throw new RulesetException(errors);
        }
        Map<String, RuleMeta> byName = new LinkedHashMap<>();
        rules.forEach(r -> byName.put(r.name(), r));
        StatelessKieSession session = session(compiled.base(), new ClauseAttribution(byName));
        return new Ruleset(files.version(), Instant.now(), dir.toString(), files.names(), catalog, rules, session,
                new PurposeGroups(catalog.purposeGroups()), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * A stateless session backed by a pool: executing it borrows a reset working memory instead of building a new
     * one, which is most of what a fresh session costs. The pool grows with the number of concurrent evaluations.
     * (A stateful session reused with insert, fire and delete measured slower: docs/performance.md.)
     */
    private static StatelessKieSession session(KieBase base, ClauseAttribution attribution) {
        StatelessKieSession session = base.newKieSessionsPool(1).newStatelessKieSession();
        session.addEventListener(attribution);
        return session;
    }

    /** Reads each rule's clause metadata and checks it names a catalog license and a section. */
    private static List<RuleMeta> describe(List<Rule> compiled, Map<String, String> drl, Catalog catalog, List<SourceError> errors) {
        Map<String, RuleSource.Block> blocks = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        drl.forEach((file, text) -> RuleSource.blocks(text).forEach(b -> {
            blocks.put(b.name(), b);
            fileOf.put(b.name(), file);
        }));
        List<RuleMeta> rules = new ArrayList<>();
        for (Rule rule : compiled) {
            RuleSource.Block block = blocks.get(rule.getName());
            String file = fileOf.getOrDefault(rule.getName(), "");
            int line = block == null ? 0 : block.line();
            String license = RuleMeta.metadata(rule, "license");
            String section = RuleMeta.metadata(rule, "section");
            String title = RuleMeta.metadata(rule, "title");
            if (license == null || section == null || title == null) {
                errors.add(new SourceError(file, line, 0, "rule \"" + rule.getName()
                        + "\" needs @license, @section and @title metadata naming the clause it encodes"));
                continue;
            }
            if (catalog != null && !RuleMeta.EVERY_LICENSE.equals(license) && catalog.license(license).isEmpty()) {
                errors.add(new SourceError(file, line, 0, "rule \"" + rule.getName() + "\" names license '" + license
                        + "', which catalog/licenses.yaml does not list"));
                continue;
            }
            List<String> reads = block == null ? List.of() : FactVocabulary.readBy(block.text());
            rules.add(new RuleMeta(rule.getName(), license, section, title, RuleMeta.metadata(rule, "url"), file, line, reads));
        }
        rules.sort(java.util.Comparator.comparing(RuleMeta::file).thenComparingInt(RuleMeta::line));
        return rules;
    }
}
