package ai.licensing.engine;

import ai.licensing.model.SourceError;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the rule files into one knowledge base per license. A decision then only meets its own license's rules
 * (and the catalog rules every license gets), so a session is small and cheap, and the licenses compile in
 * parallel. Which base a file goes into comes from the {@code @license} metadata of its rules; a file with a
 * {@code @license("*")} rule, or with none that can be read, goes into every base, so nothing is ever left out.
 */
final class LicenseBases {

    private static final Pattern LICENSE = Pattern.compile("@license\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern POSITION = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");

    private LicenseBases() {
    }

    /**
     * One base per license named by the catalog or by a rule; {@code null} with {@code errors} filled when any
     * file does not compile. A file in several bases reports each error once.
     */
    static Map<String, KieBase> compile(Map<String, String> drl, Collection<String> catalogLicenses, List<SourceError> errors) {
        Map<String, Set<String>> licensesOf = new LinkedHashMap<>();
        Set<String> licenses = new TreeSet<>(catalogLicenses);
        drl.forEach((file, text) -> {
            Set<String> named = licensesIn(text);
            licensesOf.put(file, named);
            named.stream().filter(l -> !RuleMeta.EVERY_LICENSE.equals(l)).forEach(licenses::add);
        });
        if (licenses.isEmpty()) {
            licenses.add(RuleMeta.EVERY_LICENSE); // still compile the shared files, so their errors are reported
        }
        Map<String, Compiled> compiled = new LinkedHashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        licenses.parallelStream()
                .map(license -> new Compiled(license, build(loader, filesFor(license, drl, licensesOf))))
                .toList()
                .forEach(c -> compiled.put(c.license(), c));
        Set<SourceError> found = new LinkedHashSet<>();
        compiled.values().forEach(c -> found.addAll(c.errors()));
        if (!found.isEmpty()) {
            errors.addAll(found);
            return null;
        }
        Map<String, KieBase> bases = new LinkedHashMap<>();
        compiled.values().forEach(c -> bases.put(c.license(), c.builder().newKieBase()));
        return bases;
    }

    private static Set<String> licensesIn(String text) {
        Set<String> named = new TreeSet<>();
        for (RuleSource.Block block : RuleSource.blocks(text)) {
            Matcher license = LICENSE.matcher(block.text());
            if (!license.find()) {
                return Set.of(RuleMeta.EVERY_LICENSE);
            }
            named.add(license.group(1).strip());
        }
        return named.isEmpty() ? Set.of(RuleMeta.EVERY_LICENSE) : named;
    }

    private static Map<String, String> filesFor(String license, Map<String, String> drl, Map<String, Set<String>> licensesOf) {
        Map<String, String> files = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Set<String> named = licensesOf.get(file);
            if (named.contains(license) || named.contains(RuleMeta.EVERY_LICENSE)) {
                files.put(file, text);
            }
        });
        return files;
    }

    /**
     * Drools finds its services and loads the rules' classes through the context class loader; the pool's worker
     * threads have the system one, so they borrow the caller's (the application's under Quarkus and in tests).
     */
    private static KnowledgeBuilder build(ClassLoader loader, Map<String, String> drl) {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            CompositeKnowledgeBuilder batch = builder.batch();
            drl.forEach((file, text) -> batch.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file), ResourceType.DRL));
            batch.build();
            return builder;
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    private record Compiled(String license, KnowledgeBuilder builder) {

        List<SourceError> errors() {
            List<SourceError> errors = new ArrayList<>();
            if (builder.hasErrors()) {
                for (KnowledgeBuilderError error : builder.getErrors()) {
                    // Drools follows a parse error with a position-less echo; the parse error already says it all.
                    if (!error.getMessage().contains("Parser returned a null Package")) {
                        errors.add(position(error));
                    }
                }
            }
            return errors;
        }
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
}
