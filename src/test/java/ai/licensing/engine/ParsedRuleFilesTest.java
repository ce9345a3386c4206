package ai.licensing.engine;

import ai.licensing.model.SourceError;
import ai.licensing.testing.Fixtures;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.SameDecisions;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.io.DescrResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.definition.KieDescr;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A compile reads a file from the parse an earlier compile of the same text left, one compile at a time, and decides
 * exactly as from a new parse; files whose build would change their parse in other ways are parsed every time.
 */
class ParsedRuleFilesTest {

    private static final String RULE = """
            package licensing;

            import ai.licensing.engine.Usage;

            rule "demo: a rule"
                @license("permissive-demo")
                @section("1")
                @title("A rule")
            when
                $u : Usage( license == "permissive-demo" )
            then
                $u.note( "A note." );
            end
            """;

    private final ParsedRuleFiles parses = new ParsedRuleFiles();

    private static KieDescr parseOf(Resource resource) {
        return assertInstanceOf(DescrResource.class, resource).getDescr();
    }

    /** The parse a compile of {@code text} as demo.drl reads; {@code succeeded}: it gives its parses back, as a compile that succeeded does. */
    private KieDescr compile(Consequences kind, String text, boolean succeeded) {
        ParsedRuleFiles.Lease lease = parses.lease(kind);
        KieDescr parsed = parseOf(lease.resource("demo.drl", text));
        if (succeeded) {
            lease.giveBack();
        }
        return parsed;
    }

    @Test
    void aParseIsLentToOneCompileAtATime() {
        ParsedRuleFiles.Lease first = parses.lease(Consequences.INTERPRETED);
        KieDescr parsed = parseOf(first.resource("demo.drl", RULE));
        assertNotSame(parsed, compile(Consequences.INTERPRETED, RULE, false));
        first.giveBack();
        assertSame(parsed, compile(Consequences.INTERPRETED, RULE, true));
    }

    @Test
    void aCompileKeptInTheCacheRecordsTheFileOfALentParseByItsNameOnly() throws Exception {
        Resource lent = parses.lease(Consequences.INTERPRETED).resource("demo.drl", RULE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(lent);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Resource kept = (Resource) in.readObject();
            assertFalse(kept instanceof DescrResource, "the parse is not written");
            assertEquals("demo.drl", kept.getSourcePath());
            assertEquals(ResourceType.DRL, kept.getResourceType());
        }
    }

    @Test
    void aParseIsKeptForOneKindOfConsequences() {
        KieDescr parsed = compile(Consequences.INTERPRETED, RULE, true);
        assertNotSame(parsed, compile(Consequences.COMPILED, RULE, true));
        assertSame(parsed, compile(Consequences.INTERPRETED, RULE, true));
    }

    @Test
    void anEditedFileIsParsedAgain() {
        KieDescr parsed = compile(Consequences.INTERPRETED, RULE, true);
        KieDescr again = compile(Consequences.INTERPRETED, RULE.replace("demo: a rule", "demo: the rule renamed"), true);
        assertNotSame(parsed, again);
        assertEquals("demo: the rule renamed", ((PackageDescr) again).getRules().get(0).getName());
    }

    @Test
    void aCompileThatFailedKeepsNothing() {
        KieDescr parsed = compile(Consequences.INTERPRETED, RULE, false);
        assertEquals(0, parses.kept());
        assertNotSame(parsed, compile(Consequences.INTERPRETED, RULE, true));
    }

    /** Parses of files no longer compiled (renamed, removed, other folders) do not pile up. */
    @Test
    void theKeptParsesAreBounded() {
        for (int i = 0; i < ParsedRuleFiles.MOST_KEPT + 10; i++) {
            ParsedRuleFiles.Lease lease = parses.lease(Consequences.INTERPRETED);
            parseOf(lease.resource("demo-" + i + ".drl", RULE));
            lease.giveBack();
            assertTrue(parses.kept() <= ParsedRuleFiles.MOST_KEPT, "kept " + parses.kept());
        }
        assertTrue(parses.kept() > 0);
    }

    @Test
    void textTheParserRejectsIsHandedToDroolsAsText() {
        ParsedRuleFiles.Lease lease = parses.lease(Consequences.INTERPRETED);
        Resource resource = lease.resource("broken.drl", RULE.replace("then", "than"));
        assertFalse(resource instanceof DescrResource);
        assertEquals(ResourceType.DRL, resource.getResourceType());
        assertEquals("broken.drl", resource.getSourcePath());
        lease.giveBack();
        assertEquals(0, parses.kept());
    }

    /** Each of these makes Drools' build write into the parse more than what is the same at every build. */
    @ParameterizedTest
    @ValueSource(strings = {
            "function boolean yes() { return true; }\n",
            "global java.util.List seen;\n",
            "declare Extra\n    name : String\nend\n",
            "query \"usages\"\n    $u : Usage()\nend\n",
            "rule \"path\" when\n    $u : /usages\nthen\nend\n",
            "rule \"counted\" when\n    $n : Number() from accumulate( Usage(), count( 1 ) )\nthen\nend\n",
            "rule \"child\" extends \"demo: a rule\" when\n    Usage()\nthen\nend\n"})
    void filesWithMoreThanRulesOnFactTypesAreParsedForEachCompile(String addition) {
        compile(Consequences.INTERPRETED, RULE + addition, true);
        assertEquals(0, parses.kept());
    }

    @Test
    void aPlainRuleFileIsKept() {
        compile(Consequences.INTERPRETED, RULE + "rule \"either\" when\n    not Usage() or exists Usage()\n    eval( true )\n"
                + "    $x : String() from \"x\"\nthen\nend\n", true);
        assertEquals(1, parses.kept());
    }

    private static RuleCompiler.Compiled compiled(Map<String, String> files) {
        List<SourceError> errors = new ArrayList<>();
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files, Map::of, Consequences.INTERPRETED, errors);
        assertEquals(List.of(), errors);
        return compiled;
    }

    private static String agendaGroupOf(Map<String, String> files, String rule) {
        return compiled(files).rules().stream().filter(r -> r.getName().equals(rule))
                .map(r -> ((RuleImpl) r).getAgendaGroup()).findFirst().orElseThrow();
    }

    /** An annotation the build resolves to a Java annotation type has its values rewritten in place: not kept. */
    @Test
    void aFileWithAnAnnotationOfAJavaTypeIsParsedForEachCompile() {
        String demo = "demo-" + UUID.randomUUID() + ".drl";
        compiled(Map.of(demo, RULE.replace("@title(\"A rule\")", "@title(\"A rule\") @Deprecated")));
        assertNull(ParsedRuleFiles.SHARED.keptParse(Consequences.INTERPRETED, demo));
        compiled(Map.of(demo, RULE));
        assertNotNull(ParsedRuleFiles.SHARED.keptParse(Consequences.INTERPRETED, demo));
    }

    /** The build gives a file's rules the attributes another file sets for the package; a kept parse must not keep them. */
    @Test
    void anAttributeAnotherFileSetsForThePackageLeavesWithThatFile() {
        String demo = "demo-" + UUID.randomUUID() + ".drl";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("shared-" + demo, "package licensing;\n\nagenda-group \"elsewhere\"\n");
        files.put(demo, RULE);
        assertEquals("elsewhere", agendaGroupOf(files, "demo: a rule"));
        KieDescr kept = ParsedRuleFiles.SHARED.keptParse(Consequences.INTERPRETED, demo);
        files.put("shared-" + demo, "package licensing;\n");
        assertEquals("MAIN", agendaGroupOf(files, "demo: a rule"));
        assertSame(kept, ParsedRuleFiles.SHARED.keptParse(Consequences.INTERPRETED, demo), "compiled from the kept parse");
    }

    /**
     * Every file of a folder compiled, then a copy of it compiled from the parses the first compile left: both decide
     * alike, with consequences interpreted and compiled to Java.
     */
    private static void assertACompileFromKeptParsesDecidesAlike(Path original, Path copy, String keptFile) throws IOException {
        ParsedRuleFiles.SHARED.forget();
        Ruleset parsed = RulesetLoader.load(original);
        KieDescr kept = ParsedRuleFiles.SHARED.keptParse(Consequences.INTERPRETED, keptFile);
        Ruleset fromKept = RulesetLoader.load(copy);
        assertSame(kept, ParsedRuleFiles.SHARED.keptParse(Consequences.INTERPRETED, keptFile), "the copy was compiled from the kept parse");
        SameDecisions.assertDecideAlike(parsed, fromKept, 23, 2_000);

        Ruleset compiled = withCompiledConsequences(parsed);
        KieDescr keptForJava = ParsedRuleFiles.SHARED.keptParse(Consequences.COMPILED, keptFile);
        Ruleset compiledFromKept = withCompiledConsequences(fromKept);
        assertSame(keptForJava, ParsedRuleFiles.SHARED.keptParse(Consequences.COMPILED, keptFile));
        SameDecisions.assertDecideAlike(compiled, compiledFromKept, 29, 2_000);
    }

    private static Ruleset withCompiledConsequences(Ruleset ruleset) {
        List<SourceError> errors = new ArrayList<>();
        return ConsequenceCompiler.compile(ruleset, errors).orElseThrow(() -> new AssertionError(errors));
    }

    @Test
    void theMinimalRulesDecideFromKeptParsesAsFromNewOnes(@TempDir Path dir) throws IOException {
        assertACompileFromKeptParsesDecidesAlike(RulesCopy.into(dir.resolve("a")), RulesCopy.into(dir.resolve("b")), "permissive-demo.drl");
    }

    /** Whatever the lawyers write in rules-drl/, a reload from kept parses decides as the first compile did. */
    @Test
    void theRulesFolderDecidesFromKeptParsesAsFromNewOnes(@TempDir Path dir) throws IOException {
        // A folder no other test loads, so that no other compile takes the kept parses in between.
        String unique = "\n// " + UUID.randomUUID() + "\n";
        Path a = Fixtures.copyFolder(Path.of("rules-drl"), dir.resolve("a"));
        Files.writeString(a.resolve("catalog.drl"), unique, StandardOpenOption.APPEND);
        Path b = Fixtures.copyFolder(a, dir.resolve("b"));
        assertACompileFromKeptParsesDecidesAlike(a, b, "catalog.drl");
    }
}
