package ai.licensing.engine;

import ai.licensing.model.SourceError;
import org.drools.base.RuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.DefaultDialectOption;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Compiles rule files into one knowledge base with one knowledge builder, from Drools' public API
 * ({@link KnowledgeBases} decides which files go into which base); builds a base of packages compiled before, which
 * only Drools' own classes can ({@link CompiledRulesCache}).
 */
final class RuleCompiler {

    private static final Pattern POSITION = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\n]*)]");
    private static final Pattern MVEL_NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\.(.*?)\\.\\.\\.\\.}]");

    /**
     * @param rules every compiled rule, for describing them
     */
    record Compiled(List<Rule> rules, KieBase base) {
    }

    private RuleCompiler() {
    }

    /**
     * The knowledge base of the rule texts (by file name) and of those {@code later} gives once the first are compiled;
     * {@code null} with {@code errors} filled when any does not compile.
     */
    static Compiled compile(Map<String, String> drl, Supplier<Map<String, String>> later, Consequences consequences,
                            List<SourceError> errors) {
        KnowledgeBuilder builder = built(drl, later, consequences, errors);
        return builder == null ? null : new Compiled(rulesOf(builder.getKnowledgePackages()), builder.newKieBase());
    }

    /** The packages {@link #compile} would build its base of, for adding to another base; {@code null} as there. */
    static Collection<KiePackage> packages(Map<String, String> drl, Map<String, String> later, Consequences consequences,
                                           List<SourceError> errors) {
        KnowledgeBuilder builder = built(drl, () -> later, consequences, errors);
        return builder == null ? null : builder.getKnowledgePackages();
    }

    private static KnowledgeBuilder built(Map<String, String> drl, Supplier<Map<String, String>> later, Consequences consequences,
                                          List<SourceError> errors) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(classLoader());
        configuration.setProperty(DefaultDialectOption.PROPERTY_NAME, consequences.dialect);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        ParsedRuleFiles.Lease parsed = ParsedRuleFiles.SHARED.lease(consequences);
        CompositeKnowledgeBuilder batch = builder.batch();
        drl.forEach((file, text) -> {
            Resource resource = parsed.resource(file, text);
            batch.add(resource, resource.getResourceType());
        });
        batch.build();
        later.get().forEach((file, text) -> {
            Resource resource = parsed.resource(file, text);
            builder.add(resource, resource.getResourceType());
        });
        if (builder.hasErrors()) {
            errors.addAll(errors(builder));
            return null;
        }
        parsed.giveBack();
        return builder;
    }

    /** The knowledge base of packages compiled before (kept by {@link CompiledRulesCache}), built as {@link #compile} builds its own. */
    static Compiled of(List<KiePackage> packages) {
        RuleBase base = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration());
        base.addPackages(packages);
        return new Compiled(rulesOf(packages), KnowledgeBaseFactory.newKnowledgeBase(base));
    }

    static List<Rule> rulesOf(Collection<KiePackage> packages) {
        List<Rule> rules = new ArrayList<>();
        packages.forEach(pkg -> rules.addAll(pkg.getRules()));
        return rules;
    }

    /** The class loader rule packages are compiled and read with. */
    static ClassLoader classLoader() {
        return ClassLookupCache.of(Thread.currentThread().getContextClassLoader());
    }

    private static Set<SourceError> errors(KnowledgeBuilder builder) {
        Set<SourceError> errors = new LinkedHashSet<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            // Drools follows a parse error with a position-less echo; the parse error already says it all.
            if (!error.getMessage().contains("Parser returned a null Package")) {
                errors.add(position(error));
            }
        }
        return errors;
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
        return new SourceError(file, line, column, readable(error.getMessage().strip()));
    }

    /**
     * MVEL reports a bad {@code then} block over several lines (expression, error, excerpt, caret, position);
     * the lawyer needs the error and where in the consequence it is, on one line.
     */
    static String readable(String message) {
        Matcher error = MVEL_ERROR.matcher(message);
        if (!error.find()) {
            return message;
        }
        String text = error.group(1).replace("ai.licensing.engine.", "").replace("java.lang.", "");
        Matcher near = MVEL_NEAR.matcher(message);
        return "Error in the rule's then block: " + text + (near.find() ? " (near: " + near.group(1).strip() + ")" : "");
    }
}
