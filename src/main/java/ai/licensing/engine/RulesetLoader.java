package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.CatalogException;
import ai.licensing.catalog.CatalogLoader;
import ai.licensing.model.SourceError;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a rules folder (every {@code .drl} below it, plus {@code catalog/}) into a {@link Ruleset}.
 * Nothing is compiled ahead of time: lawyers edit the folder and the service compiles what it finds.
 * Any problem, in a rule or the catalog, fails the whole load with every error positioned by file and line.
 */
public final class RulesetLoader {

    /** Every rule file is compiled as this package; rule files declare it. */
    public static final String PACKAGE = "licensing";
    private static final Pattern POSITION = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");

    private RulesetLoader() {
    }

    public static Ruleset load(Path rulesDir) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RulesetException(List.of(new SourceError(rulesDir.toString(), 0, 0, "the rules folder does not exist")));
        }
        RuleFiles files = RuleFiles.read(dir);
        Map<String, String> drl = files.drl();
        List<SourceError> errors = new ArrayList<>();
        Catalog catalog = null;
        try {
            catalog = CatalogLoader.load(dir);
        } catch (CatalogException e) {
            errors.addAll(e.errors());
        }
        if (drl.isEmpty()) {
            errors.add(new SourceError(rulesDir.toString(), 0, 0, "no .drl rule files in the rules folder"));
        }
        KieBase kieBase = drl.isEmpty() ? null : compile(drl, errors);
        List<RuleMeta> rules = kieBase == null ? List.of() : describe(kieBase, drl, catalog, errors);
        if (!errors.isEmpty()) {
            throw new RulesetException(errors);
        }
        StatelessKieSession session = kieBase.newStatelessKieSession();
        Map<String, RuleMeta> byName = new LinkedHashMap<>();
        rules.forEach(r -> byName.put(r.name(), r));
        session.addEventListener(new ClauseAttribution(byName));
        return new Ruleset(files.version(), Instant.now(), dir.toString(), files.names(), catalog, rules, kieBase, session);
    }

    private static KieBase compile(Map<String, String> drl, List<SourceError> errors) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        drl.forEach((file, text) -> batch.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(file), ResourceType.DRL));
        batch.build();
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError error : builder.getErrors()) {
                // Drools follows a parse error with a position-less echo; the parse error already says it all.
                if (!error.getMessage().contains("Parser returned a null Package")) {
                    errors.add(position(error));
                }
            }
            return null;
        }
        return builder.newKieBase();
    }

    private static SourceError position(KnowledgeBuilderError error) {
        String file = error.getResource() == null || error.getResource().getSourcePath() == null ? ""
                : error.getResource().getSourcePath();
        int line = error.getLines() == null || error.getLines().length == 0 ? 0 : error.getLines()[0];
        int column = 0;
        Matcher at = POSITION.matcher(error.getMessage());
        if (at.find()) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1;
        }
        return new SourceError(file, line, column, error.getMessage().strip());
    }

    /** Reads each rule's clause metadata and checks it names a catalog license and a section. */
    private static List<RuleMeta> describe(KieBase kieBase, Map<String, String> drl, Catalog catalog, List<SourceError> errors) {
        Map<String, RuleSource.Block> blocks = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        drl.forEach((file, text) -> RuleSource.blocks(text).forEach(b -> {
            blocks.put(b.name(), b);
            fileOf.put(b.name(), file);
        }));
        List<RuleMeta> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleSource.Block block = blocks.get(rule.getName());
                String file = fileOf.getOrDefault(rule.getName(), "");
                int line = block == null ? 0 : block.line();
                Map<String, Object> meta = rule.getMetaData();
                String license = text(meta.get("license"));
                String section = text(meta.get("section"));
                String title = text(meta.get("title"));
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
                rules.add(new RuleMeta(rule.getName(), license, section, title, text(meta.get("url")), file, line, reads));
            }
        }
        rules.sort(java.util.Comparator.comparing(RuleMeta::file).thenComparingInt(RuleMeta::line));
        return rules;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
