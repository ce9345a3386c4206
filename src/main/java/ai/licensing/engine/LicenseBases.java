package ai.licensing.engine;

import ai.licensing.model.SourceError;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.DialectRuntimeRegistry;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.mvel.MVELDialectRuntimeData;
import org.drools.mvel.MVELKnowledgePackageImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.DefaultDialectOption;
import org.kie.internal.io.ResourceFactory;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the rule files once, then builds one knowledge base per license from the compiled rules. A decision
 * then only meets its own license's rules (and the catalog rules every license gets), so a session is small and
 * cheap, while parsing and compiling the consequences is paid once for the whole folder. Which base a rule goes
 * into comes from its {@code @license} metadata; a rule with {@code @license("*")}, or with none (an error the
 * loader reports), goes into every base, so nothing is ever left out.
 */
final class LicenseBases {

    private static final String JAVA = "java";
    private static final String MVEL = "mvel";
    private static final Pattern POSITION = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\n]*)]");
    private static final Pattern MVEL_NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\.(.*?)\\.\\.\\.\\.}]");

    /**
     * @param rules every compiled rule, for describing them
     * @param bases by license id
     */
    record Compiled(List<Rule> rules, Map<String, KieBase> bases) {
    }

    private LicenseBases() {
    }

    /**
     * One base per license named by the catalog or by a rule; {@code null} with {@code errors} filled when any
     * file does not compile.
     */
    static Compiled compile(Map<String, String> drl, Collection<String> catalogLicenses, List<SourceError> errors) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(
                ClassLookupCache.of(Thread.currentThread().getContextClassLoader()));
        // Consequences only call a Usage helper. As MVEL they need no Java compiler run, which halves the compile
        // (start-up, every reload, every command); the cost is a few microseconds per decision (docs/performance.md).
        configuration.setProperty(DefaultDialectOption.PROPERTY_NAME, "mvel");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        drl.forEach((file, text) -> batch.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(file), ResourceType.DRL));
        batch.build();
        if (builder.hasErrors()) {
            errors.addAll(errors(builder));
            return null;
        }
        List<Rule> rules = new ArrayList<>();
        builder.getKnowledgePackages().forEach(pkg -> rules.addAll(pkg.getRules()));
        Map<String, List<RuleImpl>> byLicense = new TreeMap<>();
        catalogLicenses.forEach(license -> byLicense.put(license, new ArrayList<>()));
        List<RuleImpl> shared = new ArrayList<>();
        for (Rule rule : rules) {
            String license = RuleMeta.metadata(rule, "license");
            if (license == null || RuleMeta.EVERY_LICENSE.equals(license)) {
                shared.add((RuleImpl) rule);
            } else {
                byLicense.computeIfAbsent(license, l -> new ArrayList<>()).add((RuleImpl) rule);
            }
        }
        Map<String, KieBase> bases = new LinkedHashMap<>();
        byLicense.forEach((license, own) -> {
            List<RuleImpl> all = new ArrayList<>(own);
            all.addAll(shared);
            boolean first = bases.isEmpty();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(builder.getKnowledgePackages().stream().map(pkg -> header(pkg, first)).toList());
            base.addRules(all);
            bases.put(license, base);
        });
        return new Compiled(rules, bases);
    }

    /**
     * The package without its rules: its imports and the compiled code the rules run on. A base gets the header,
     * then only its own rules, so the network is built for those alone. Each base needs its own header: Drools
     * deep-copies a package that another base already holds.
     */
    private static KiePackage header(KiePackage compiled, boolean first) {
        InternalKnowledgePackage pkg = (InternalKnowledgePackage) compiled;
        InternalKnowledgePackage header = new MVELKnowledgePackageImpl(pkg.getName());
        pkg.getImports().values().forEach(header::addImport);
        DialectRuntimeRegistry dialects = pkg.getDialectRuntimeRegistry();
        header.getDialectRuntimeRegistry().setDialectData(JAVA, dialects.getDialectData(JAVA));
        MVELDialectRuntimeData mvel = (MVELDialectRuntimeData) dialects.getDialectData(MVEL);
        header.getDialectRuntimeRegistry().setDialectData(MVEL, first ? mvel : importsOf(mvel));
        return header;
    }

    /**
     * The MVEL expressions of the rules are shared by every base and compiled when the first base takes them in;
     * the other bases only need the imports to compile their constraints, not a recompile of every consequence.
     */
    private static MVELDialectRuntimeData importsOf(MVELDialectRuntimeData compiled) {
        MVELDialectRuntimeData imports = new MVELDialectRuntimeData();
        compiled.getImports().forEach((name, imported) -> {
            if (imported instanceof Class<?> type) {
                imports.addImport(name, type);
            } else if (imported instanceof Method method) {
                imports.addImport(name, method);
            }
        });
        compiled.getParserConfiguration().getPackageImports().forEach(imports::addPackageImport);
        return imports;
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
