package ai.licensing.engine;

import ai.licensing.engine.authoring.ClauseGuards;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.io.DescrResource;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule files as Drools' parser reads them, kept from one compile to the next, so that a reload after an edit parses
 * the files that changed, not the folder: Drools' lexer is a method too large for the JIT to compile, which keeps
 * parsing a large part of even a warm compile.
 * <p>
 * Drools' build writes into what the parser read. Each rule gets its dialect, namespace, resource and class name,
 * the same each time for the same file and the same {@link Consequences}: a parse is kept for one kind of
 * consequences and lent to one compile at a time. Each rule also gets the attributes any file sets for the whole
 * package: they are taken off again before the parse is lent. An annotation that the package's imports (any file's)
 * resolve to a Java annotation type has its values rewritten: such a parse is not kept. And a file is kept only if
 * the build writes nothing else into it: rules and imports (no functions, globals, queries, type declarations or rule
 * inheritance), conditions of patterns on a named fact type, possibly {@code from} a source, combined with
 * {@code and}, {@code or}, {@code not}, {@code exists} and {@code eval}; any other file is parsed for each compile.
 * A file the parser rejects is handed to Drools as text, so its errors are reported exactly as before.
 */
final class ParsedRuleFiles {

    /** More parses than a folder's files of both kinds many times over. */
    static final int MOST_KEPT = 512;

    /** The parses every compile in this JVM shares. */
    static final ParsedRuleFiles SHARED = new ParsedRuleFiles();

    /** A file parsed for one kind of consequences. */
    private record Key(Consequences consequences, String file) {
    }

    /**
     * A parse, the text it is of, whether it may be kept for another compile (judged before any build wrote into it),
     * and each rule's own attributes as parsed.
     */
    private record Kept(String text, PackageDescr parsed, boolean reusable, List<Map<String, AttributeDescr>> attributes) {

        static Kept of(String text, PackageDescr parsed) {
            List<Map<String, AttributeDescr>> attributes = new ArrayList<>();
            parsed.getRules().forEach(rule -> attributes.add(new LinkedHashMap<>(rule.getAttributes())));
            return new Kept(text, parsed, ParsedRuleFiles.reusable(parsed), attributes);
        }

        /**
         * The parse with each rule's attributes as the file gives them. A build adds the package's attributes (those
         * another file of the package sets too) and the dialect to each rule; the next build must find only the file's.
         */
        Kept restored() {
            for (int i = 0; i < attributes.size(); i++) {
                Map<String, AttributeDescr> own = parsed.getRules().get(i).getAttributes();
                own.clear();
                own.putAll(attributes.get(i));
            }
            return this;
        }
    }

    /** The latest parse of each file name for each kind of consequences, while no compile holds it. */
    private final Map<Key, Kept> idle = new ConcurrentHashMap<>();

    /** What one compile of {@code consequences} borrows. */
    Lease lease(Consequences consequences) {
        return new Lease(consequences);
    }

    /** How many parses are kept, while no compile holds them. */
    int kept() {
        return idle.size();
    }

    /** The parse of the file kept for compiles of {@code consequences}; {@code null} when there is none or a compile holds it. */
    PackageDescr keptParse(Consequences consequences, String file) {
        Kept kept = idle.get(new Key(consequences, file));
        return kept == null ? null : kept.parsed();
    }

    /** Drops every kept parse: the next compile of each file parses it. */
    void forget() {
        idle.clear();
    }

    /**
     * The parses one compile uses. Those of files that may be kept go back to {@link #idle} when the compile
     * succeeded ({@link #giveBack}); a compile that failed may have stopped half-way through a rule, so its parses are dropped.
     */
    final class Lease {

        private final Consequences consequences;
        private final Map<Key, Kept> lent = new HashMap<>();

        private Lease(Consequences consequences) {
            this.consequences = consequences;
        }

        /** The file as the compile reads it: its kept parse, a new parse, or (when it does not parse) its text. */
        Resource resource(String file, String text) {
            Key key = new Key(consequences, file);
            Kept kept = idle.remove(key);
            kept = kept != null && kept.text().equals(text) ? kept.restored() : parse(file, text);
            if (kept == null) {
                return ResourceFactory.newByteArrayResource(guarded(text)).setSourcePath(file).setResourceType(ResourceType.DRL);
            }
            if (kept.reusable()) {
                lent.put(key, kept);
            }
            return new LentParse(kept.parsed(), file);
        }

        /**
         * Keeps this compile's parses for the next compile, but for those in which the build resolved an annotation
         * to a Java annotation type (through imports, which other files of the package can change): it rewrote that
         * annotation's values in place.
         */
        void giveBack() {
            if (idle.size() + lent.size() > MOST_KEPT) {
                idle.clear(); // files renamed or removed over time, or many folders: start again rather than grow
            }
            lent.forEach((key, kept) -> {
                if (!annotationResolved(kept.parsed())) {
                    idle.put(key, kept);
                }
            });
            lent.clear();
        }
    }

    /**
     * A parse as a compile reads it. A compile kept in the cache records each rule's file by its resource: this one
     * records the file's name only, not the parse, which would make an entry three times as large and slower to read.
     */
    static final class LentParse extends DescrResource {

        private static final long serialVersionUID = 1L;

        LentParse(PackageDescr parsed, String file) {
            super(parsed);
            setSourcePath(file);
        }

        private Object writeReplace() {
            return ResourceFactory.newByteArrayResource(new byte[0]).setSourcePath(getSourcePath()).setResourceType(ResourceType.DRL);
        }
    }

    /** The file parsed with the guards every compile adds; {@code null} when the parser reports an error. */
    private static Kept parse(String file, String text) {
        DrlParser parser = new DrlParser();
        String compiled = ClauseGuards.FOR_USAGE.addTo(text);
        Resource source = ResourceFactory.newByteArrayResource(compiled.getBytes(StandardCharsets.UTF_8)).setSourcePath(file);
        try {
            PackageDescr parsed = parser.parse(source, compiled);
            return parsed == null || parser.hasErrors() ? null : Kept.of(text, parsed);
        } catch (DroolsParserException e) {
            return null;
        }
    }

    /** A rule file as compiled: with the guards that keep a rule that cannot conclude from being activated. */
    private static byte[] guarded(String text) {
        return ClauseGuards.FOR_USAGE.addTo(text).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the build of this package writes into it only what is the same at every build. */
    private static boolean reusable(PackageDescr parsed) {
        boolean rulesAndImports = parsed.getFunctions().isEmpty() && parsed.getGlobals().isEmpty()
                && parsed.getTypeDeclarations().isEmpty() && parsed.getEnumDeclarations().isEmpty()
                && parsed.getEntryPointDeclarations().isEmpty() && parsed.getWindowDeclarations().isEmpty()
                && parsed.getFunctionImports().isEmpty() && parsed.getAccumulateImports().isEmpty()
                && parsed.getUnit() == null;
        return rulesAndImports && parsed.getRules().stream().allMatch(ParsedRuleFiles::reusable);
    }

    /** Whether a build gave any annotation of the rules or of their conditions a Java annotation type. */
    private static boolean annotationResolved(PackageDescr parsed) {
        return parsed.getRules().stream().anyMatch(rule -> resolved(rule) || annotationResolved(rule.getLhs()));
    }

    private static boolean annotationResolved(BaseDescr condition) {
        if (condition instanceof AnnotatedBaseDescr annotated && resolved(annotated)) {
            return true;
        }
        if (condition instanceof PatternDescr pattern && pattern.getSource() != null) {
            return annotationResolved(pattern.getSource());
        }
        return condition instanceof ConditionalElementDescr group
                && group.getDescrs().stream().anyMatch(ParsedRuleFiles::annotationResolved);
    }

    private static boolean resolved(AnnotatedBaseDescr annotated) {
        return annotated.getAnnotations().stream().anyMatch(a -> a.getFullyQualifiedName() != null);
    }

    private static boolean reusable(RuleDescr rule) {
        return rule.isRule() && rule.getUnit() == null && (rule.getParentName() == null || rule.getParentName().isEmpty())
                && rule.getNamedConsequences().isEmpty() && reusable(rule.getLhs());
    }

    private static boolean reusable(BaseDescr condition) {
        if (condition instanceof PatternDescr pattern) {
            // A pattern without a type is an OOPath, which the build rewrites in place.
            return pattern.getObjectType() != null && !pattern.getObjectType().isEmpty()
                    && (pattern.getSource() == null || pattern.getSource() instanceof FromDescr);
        }
        if (condition instanceof AndDescr || condition instanceof OrDescr || condition instanceof NotDescr
                || condition instanceof ExistsDescr) {
            return ((ConditionalElementDescr) condition).getDescrs().stream().allMatch(ParsedRuleFiles::reusable);
        }
        return condition instanceof EvalDescr;
    }
}
