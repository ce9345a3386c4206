package ai.licensing.engine;

import ai.licensing.model.SourceError;
import ai.licensing.testing.Fixtures;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.SameDecisions;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder compiled before is read from the cache and decides exactly as a compile of it; anything that could make
 * an entry wrong (another content, damage, another writer, foreign classes) makes the load compile instead.
 */
class CompiledRulesCacheTest {

    private static final String PERMISSIVE = "permissive-demo.drl";
    private static final String CATALOG = "catalog.drl";
    private static final Path REAL_RULES = Path.of("rules-drl");

    @TempDir
    Path dir;

    private CompiledRulesCache cache(Consequences kept) {
        return CompiledRulesCache.in(dir.resolve("cache"), kept);
    }

    /** A first load of a new copy of the minimal rules (each copy is a folder the engine has not loaded before). */
    private Ruleset load(String copy, CompiledRulesCache cache) throws IOException {
        Path rules = dir.resolve(copy);
        if (!Files.isDirectory(rules)) {
            RulesCopy.into(rules);
        }
        Ruleset ruleset = RulesetLoader.load(rules, cache);
        cache.awaitWrite();
        return ruleset;
    }

    /**
     * A compile of every file of the folder, as a first load of it makes: of a copy, since a load of a folder the
     * engine has loaded starts from what it compiled there last (a merged compile, say).
     */
    private Ruleset compiledAfresh(Path rules) throws IOException {
        return RulesetLoader.load(Fixtures.copyFolder(rules, dir.resolve("afresh-" + UUID.randomUUID())));
    }

    /** A cache that keeps compiles with Java consequences, holding the one of copy "a" as the service keeps it. */
    private CompiledRulesCache keepingTheCompileOfA() throws IOException {
        CompiledRulesCache cache = cache(Consequences.COMPILED);
        withCompiledConsequences(load("a", cache));
        cache.awaitWrite();
        return cache;
    }

    /** The one entry a first load of copy "a" into an empty cache keeps. */
    private Path entryOfAFirstLoad(CompiledRulesCache cache) throws IOException {
        load("a", cache);
        List<Path> entries = entries();
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private List<Path> entries() throws IOException {
        return entriesIn(dir.resolve("cache"));
    }

    private static List<Path> entriesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".rules")).toList();
        }
    }

    private static Ruleset withCompiledConsequences(Ruleset ruleset) {
        List<SourceError> errors = new ArrayList<>();
        Ruleset compiled = ConsequenceCompiler.compile(ruleset, errors).orElseThrow(() -> new AssertionError(errors));
        return compiled;
    }

    @Test
    void aFolderCompiledBeforeIsReadFromTheCacheAndDecidesAlike() throws IOException {
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        Ruleset compiled = load("a", cache);
        assertFalse(compiled.compiledFromCache());
        assertEquals(1, entries().size());

        Ruleset read = load("b", cache);
        assertTrue(read.compiledFromCache(), "the same files, compiled before by this build");
        assertEquals(compiled.version(), read.version());
        assertEquals(compiled.rules(), read.rules());
        assertEquals(Consequences.INTERPRETED, read.consequences());
        SameDecisions.assertDecideAlike(compiled, read, 7, 2_000);
    }

    @Test
    void theServiceKeepsTheCompileWithJavaConsequencesAndStartsOnIt() throws IOException {
        CompiledRulesCache cache = cache(Consequences.COMPILED);
        Ruleset interpreted = load("a", cache);
        assertEquals(List.of(), entries(), "an interpreted compile is soon replaced: not worth writing at start-up");

        Ruleset compiled = withCompiledConsequences(interpreted);
        cache.awaitWrite();
        assertEquals(1, entries().size());

        Ruleset read = load("b", cache);
        assertTrue(read.compiledFromCache());
        assertEquals(Consequences.COMPILED, read.consequences(), "a start from the cache serves compiled consequences at once");
        SameDecisions.assertDecideAlike(compiled, read, 11, 2_000);

        Ruleset fromFiles = withCompiledConsequences(read);
        assertFalse(fromFiles.compiledFromCache(), "after a start from the cache, the service compiles the files again");
        assertEquals(Consequences.COMPILED, fromFiles.consequences());
        SameDecisions.assertDecideAlike(read, fromFiles, 13, 500);
        assertEquals(fromFiles, withCompiledConsequences(fromFiles), "then nothing is left to compile");
        cache.awaitWrite();
        assertEquals(1, entries().size(), "the entry read back is kept, not written again");
    }

    @Test
    void anEditBeforeTheFilesAreCompiledAgainStillEndsInACompileOfEveryFile() throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Ruleset read = load("b", cache);
        assertTrue(read.compiledFromCache());

        Files.writeString(dir.resolve("b").resolve(PERMISSIVE), "\n// an edit\n", StandardOpenOption.APPEND);
        Ruleset edited = RulesetLoader.load(dir.resolve("b"), cache);
        assertTrue(edited.compiledFromCache(), "the licenses the edit did not touch still run on what was read");
        Ruleset fromFiles = withCompiledConsequences(edited);
        assertFalse(fromFiles.compiledFromCache(), "then every file is compiled");
        SameDecisions.assertDecideAlike(edited, fromFiles, 17, 500);
    }

    @Test
    void warmingUpReloadsAfterAStartFromTheCacheLeavesWhatServesAndTheCacheAsTheyWere() throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Ruleset fromFiles = withCompiledConsequences(load("b", cache));
        Path entry = entries().get(0);
        byte[] kept = Files.readAllBytes(entry);
        KnowledgeBases serving = fromFiles.sessions().bases();

        serving.warmUpReloads();
        cache.awaitWrite();

        assertEquals(List.of(entry), entries());
        assertTrue(java.util.Arrays.equals(kept, Files.readAllBytes(entry)), "the kept compile is untouched");
        assertTrue(serving == fromFiles.sessions().bases() && serving.consequences() == Consequences.COMPILED);
    }

    /** Makes a copy whose permissive-demo license says one of its clauses in other words. */
    private Path copyWithOneLicenseEdited(String copy) throws IOException {
        Path rules = RulesCopy.into(dir.resolve(copy));
        RulesCopy.replace(rules.resolve(PERMISSIVE), "gives every recipient a copy of the license.",
                "gives every recipient a copy of the license (as edited).");
        return rules;
    }

    /** Whether any of {@code count} seeded random profiles is decided differently by the two rulesets. */
    private static boolean decideDifferently(Ruleset one, Ruleset other, long seed, int count) {
        try {
            SameDecisions.assertDecideAlike(one, other, seed, count);
            return false;
        } catch (AssertionError different) {
            return true;
        }
    }

    @Test
    void aFolderThatDiffersInOneLicenseReadsTheOthersFromTheNearestCompileAndCompilesThatOne() throws IOException {
        CompiledRulesCache cache = cache(Consequences.COMPILED);
        Ruleset before = withCompiledConsequences(load("a", cache));
        cache.awaitWrite();
        copyWithOneLicenseEdited("b");

        Ruleset near = load("b", cache);
        assertTrue(near.compiledFromCache(), "the licenses the edit did not touch are read from the compile of a");
        Ruleset compiled = compiledAfresh(dir.resolve("b"));
        assertEquals(compiled.version(), near.version());
        assertEquals(compiled.rules(), near.rules());
        SameDecisions.assertDecideAlike(compiled, near, 23, 2_000);
        assertTrue(decideDifferently(before, near, 23, 2_000), "the edited clause reads as edited");
        assertEquals(Consequences.INTERPRETED, near.consequences(), "until the edited license's consequences are compiled");
        assertEquals(1, entries().size(), "a start near a compile writes nothing: the compile of every file that follows will");

        Ruleset fromFiles = withCompiledConsequences(near);
        cache.awaitWrite();
        assertFalse(fromFiles.compiledFromCache());
        SameDecisions.assertDecideAlike(compiled, fromFiles, 29, 500);
        assertEquals(2, entries().size(), "the compile of every file of b is kept for its next start");
        assertTrue(load("c", cache).compiledFromCache());
    }

    @Test
    void aMistakeInTheLicenseThatDiffersIsReportedAsACompileReportsIt() throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Path rules = RulesCopy.into(dir.resolve("b"));
        RulesCopy.replace(rules.resolve(PERMISSIVE), "$u.includesLicenseCopy(),", "$u.includesLicenseCopy(,");

        RulesetException near = assertThrows(RulesetException.class, () -> RulesetLoader.load(rules, cache));
        RulesetException compiled = assertThrows(RulesetException.class, () -> RulesetLoader.load(rules));
        assertEquals(compiled.errors(), near.errors());
        assertTrue(near.errors().stream().anyMatch(e -> e.file().equals(PERMISSIVE) && e.line() > 0), near.errors().toString());
    }

    @Test
    void aChangeToAFileEveryLicenseSharesIsMergedIntoTheNearestCompileAndDecidesAsACompileOfEveryFile() throws IOException {
        CompiledRulesCache cache = cache(Consequences.COMPILED);
        Ruleset before = withCompiledConsequences(load("a", cache));
        cache.awaitWrite();
        Path rules = RulesCopy.into(dir.resolve("b"));
        RulesCopy.replace(rules.resolve(CATALOG), "is not offered for it.", "is not offered for it (as edited).");

        Ruleset near = load("b", cache);
        assertTrue(near.compiledFromCache(), "every license's own rules are read from the compile of a");
        Ruleset compiled = compiledAfresh(rules);
        assertEquals(compiled.rules(), near.rules());
        SameDecisions.assertDecideAlike(compiled, near, 41, 2_000);
        assertTrue(decideDifferently(before, near, 41, 2_000), "the edited catalog clause reads as edited");
        assertEquals(Consequences.INTERPRETED, near.consequences(), "until the edited rules' consequences are compiled");
        assertEquals(1, entries().size(), "a start near a compile writes nothing: the compile of every file that follows will");
    }

    @Test
    void rulesMergedIntoANearCompileFireInTheOrderACompileOfEveryFileGivesThem() throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Path rules = RulesCopy.into(dir.resolve("b"));
        String catalog = Files.readString(rules.resolve(CATALOG));
        // A rule more in the shared file, which comes first: every kept rule after it moves one place on.
        Files.writeString(rules.resolve(CATALOG), catalog + catalog.substring(catalog.indexOf("rule \""))
                .replace("catalog: model not offered", "catalog: model still not offered"));
        RulesCopy.replace(rules.resolve(PERMISSIVE), "permissive-demo: modified files carry notices", "permissive-demo: changed files carry notices");

        Ruleset near = load("b", cache);
        assertTrue(near.compiledFromCache());
        Ruleset compiled = compiledAfresh(rules);
        assertEquals(firingOrder(compiled), firingOrder(near));
        assertFalse(firingOrder(near).containsKey("permissive-demo: modified files carry notices that they were changed"),
                "a rule renamed in a file that differs is gone");
        SameDecisions.assertDecideAlike(compiled, near, 43, 1_000);
    }

    @Test
    void theRealRulesMergedIntoANearCompileFireInTheOrderACompileOfEveryFileGivesThem() throws IOException {
        CompiledRulesCache cache = cache(Consequences.COMPILED);
        withCompiledConsequences(RulesetLoader.load(Fixtures.copyFolder(REAL_RULES, dir.resolve("real-a")), cache));
        cache.awaitWrite();
        Path edited = Fixtures.copyFolder(REAL_RULES, dir.resolve("real-b"));
        List<Path> withTables;
        try (Stream<Path> files = Files.list(edited)) {
            withTables = files.filter(f -> f.getFileName().toString().endsWith(".purposes.csv")).sorted().limit(3)
                    .map(table -> table.resolveSibling(table.getFileName().toString().replace(".purposes.csv", ".drl"))).toList();
        }
        for (Path file : Stream.concat(Stream.of(edited.resolve(CATALOG)), withTables.stream()).toList()) {
            Files.writeString(file, "\n// edited after the compile was kept\n", StandardOpenOption.APPEND);
        }

        Ruleset near = RulesetLoader.load(edited, cache);
        assertTrue(near.compiledFromCache(), "merged into the compile of the folder before the edits");
        assertEquals(firingOrder(compiledAfresh(edited)), firingOrder(near), "purpose tables' rules included");
    }

    /** Each rule's salience and load order, by name: what decides which of two activations fires first. */
    private static Map<String, List<Integer>> firingOrder(Ruleset ruleset) {
        Map<String, List<Integer>> order = new TreeMap<>();
        ruleset.sessions().bases().rulesOfEveryBase().forEach(rule -> order.put(rule.getName(),
                List.of(((RuleImpl) rule).getSalienceValue(), ((RuleImpl) rule).getLoadOrder())));
        return order;
    }

    @Test
    void aNewRuleNamedAsAKeptRuleOfAnotherFileIsReportedAsACompileReportsIt() throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Path rules = RulesCopy.into(dir.resolve("b"));
        RulesCopy.replace(rules.resolve(CATALOG), "catalog: model not offered for the requested access mode",
                "permissive-demo: recipients of copies get a copy of the license");

        RulesetException near = assertThrows(RulesetException.class, () -> RulesetLoader.load(rules, cache));
        RulesetException compiled = assertThrows(RulesetException.class, () -> RulesetLoader.load(rules));
        assertEquals(compiled.errors(), near.errors());
    }

    @Test
    void aLicenseAddedIsCompiledAndMergedIntoTheNearestCompile() throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Path rules = RulesCopy.into(dir.resolve("b"));
        Files.writeString(rules.resolve("third-demo.drl"), Files.readString(rules.resolve(PERMISSIVE)).replace("permissive-demo", "third-demo"));
        Files.writeString(rules.resolve("catalog/licenses.yaml"), "\n- id: third-demo\n  name: Third Demo License\n"
                + "  url: https://licenses.example/third-demo\n  category: permissive\n  osiApproved: true\n", StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("catalog/models.yaml"), "- { id: third-3b, name: \"Third 3B\", provider: \"Example Labs\", "
                + "license: third-demo, accessModes: [weights], multimodal: false }\n", StandardOpenOption.APPEND);

        Ruleset near = load("b", cache);
        assertTrue(near.compiledFromCache(), "the licenses there before are read from the compile of a");
        Ruleset compiled = compiledAfresh(rules);
        assertEquals(compiled.rules(), near.rules());
        assertEquals(firingOrder(compiled), firingOrder(near));
        SameDecisions.assertDecideAlike(compiled, near, 47, 1_000);
    }

    @Test
    void aFolderWhoseLicensesDifferInMostOfTheirTextIsCompiledWithEveryFile() throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Path rules = RulesCopy.into(dir.resolve("b"));
        Files.writeString(rules.resolve("community-demo.drl"), "\n// edited\n", StandardOpenOption.APPEND);

        assertFalse(load("b", cache).compiledFromCache(), "community-demo holds two thirds of the licenses' rule text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"function boolean alwaysTrue() { return true; }", "declare Note\n    text : String\nend",
            "global java.util.List seen;", "query \"usages\"\n    @license(\"*\") @section(\"catalog.usages\") @title(\"Usages\")\n    Usage()\nend"})
    void aSharedFileThatDeclaresMoreThanRulesIsCompiledWithEveryFile(String declaration) throws IOException {
        CompiledRulesCache cache = keepingTheCompileOfA();
        Path rules = RulesCopy.into(dir.resolve("b"));
        Files.writeString(rules.resolve(CATALOG), "\n" + declaration + "\n", StandardOpenOption.APPEND);

        Ruleset changed = load("b", cache);
        assertFalse(changed.compiledFromCache(), "rules compiled apart would not see what the file declares change");
    }

    @Test
    void aNearCompileThatIsDamagedIsDeletedAndTheFolderCompiled() throws IOException {
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        Path entry = entryOfAFirstLoad(cache);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 10] ^= 1;
        Files.write(entry, bytes);
        copyWithOneLicenseEdited("b");

        Ruleset loaded = load("b", cache);
        assertFalse(loaded.compiledFromCache());
        assertFalse(Files.exists(entry), "deleted when found damaged");
        SameDecisions.assertDecideAlike(compiledAfresh(dir.resolve("b")), loaded, 31, 500);
    }

    @Test
    void aNearCompileOfAnotherBuildIsNotUsed() throws IOException {
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        Path entry = entryOfAFirstLoad(cache);
        byte[] bytes = Files.readAllBytes(entry);
        int header = CompiledRulesCache.MAGIC.length + 32;
        String text = new String(bytes, header + 4, ByteBuffer.wrap(bytes, header, 4).getInt(), StandardCharsets.UTF_8);
        byte[] otherBuild = text.replaceFirst("build [0-9a-f]", "build x").getBytes(StandardCharsets.UTF_8);
        assertEquals(text.length(), otherBuild.length);
        System.arraycopy(otherBuild, 0, bytes, header + 4, otherBuild.length);
        System.arraycopy(CompiledRulesCache.digest(bytes, header), 0, bytes, CompiledRulesCache.MAGIC.length, 32);
        Files.write(entry, bytes);
        copyWithOneLicenseEdited("b");

        assertFalse(load("b", cache).compiledFromCache(), "a well-formed entry whose header names another build");
    }

    @Test
    void aStartOnEditedRulesReadsTheOthersFromTheCompileTheImageShips() throws IOException {
        CompiledRulesCache image = CompiledRulesCache.in(dir.resolve("shipped"), Consequences.INTERPRETED);
        load("a", image);
        Path shipped = entriesIn(dir.resolve("shipped")).get(0);
        byte[] kept = Files.readAllBytes(shipped);
        CompiledRulesCache cache = cache(Consequences.INTERPRETED).withShipped(dir.resolve("shipped"));
        copyWithOneLicenseEdited("b");

        Ruleset near = load("b", cache);
        assertTrue(near.compiledFromCache(), "a ConfigMap's edit of one license: the others read from the image's compile");
        SameDecisions.assertDecideAlike(compiledAfresh(dir.resolve("b")), near, 37, 1_000);
        assertTrue(java.util.Arrays.equals(kept, Files.readAllBytes(shipped)), "the shipped entry is untouched");
    }

    @Test
    void aDamagedEntryIsCompiledInsteadAndWrittenAgain() throws IOException {
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        Ruleset compiled = load("a", cache);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 1;
        Files.write(entry, bytes);

        Ruleset loaded = load("b", cache);
        assertFalse(loaded.compiledFromCache(), "one bit changed");
        assertEquals(1, entries().size(), "deleted when found damaged, written again by the compile");
        SameDecisions.assertDecideAlike(compiled, loaded, 3, 500);
        assertTrue(load("c", cache).compiledFromCache(), "the compile replaced the damaged entry");
    }

    @Test
    void anEntryOtherUsersCouldHaveWrittenIsNotUsed() throws IOException {
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        load("a", cache);
        Files.setPosixFilePermissions(dir.resolve("cache"), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertFalse(load("b", cache).compiledFromCache());
    }

    @Test
    void anEntryHoldingClassesRulesAreNotMadeOfIsRefusedBeforeItIsBuilt() throws IOException {
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        Path entry = entryOfAFirstLoad(cache);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            out.writeObject(new Object[] {new planted.Gadget()});
        }
        byte[] bytes = Files.readAllBytes(entry);
        int header = CompiledRulesCache.MAGIC.length + 32;
        int packagesAt = header + 4 + ByteBuffer.wrap(bytes, header, 4).getInt();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(bytes, header, packagesAt - header); // the entry's own header: only the packages are forged
        body.write(payload.toByteArray());
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        forged.write(CompiledRulesCache.MAGIC);
        forged.write(CompiledRulesCache.digest(body.toByteArray(), 0));
        forged.write(body.toByteArray());
        Files.write(entry, forged.toByteArray());

        assertFalse(load("b", cache).compiledFromCache(), "a well-formed entry of foreign classes");
        assertFalse(planted.Gadget.deserialized(), "refused by its class name, never instantiated");
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesLoadsAsTheyWere() throws IOException {
        Files.writeString(dir.resolve("cache"), "a file where the cache folder would be");
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);

        assertFalse(load("a", cache).compiledFromCache());
        assertFalse(load("b", cache).compiledFromCache());
    }

    /**
     * Loads version {@code i} of the minimal rules, which differs from every other in a function of the shared file:
     * no start can merge it into another version's compile, so each is compiled and kept.
     */
    private void loadVersionThatIsCompiled(int i, CompiledRulesCache cache) throws IOException {
        Path rules = RulesCopy.into(dir.resolve("v" + i));
        Files.writeString(rules.resolve(CATALOG), "\nfunction int version() { return " + i + "; }\n", StandardOpenOption.APPEND);
        assertFalse(load("v" + i, cache).compiledFromCache());
    }

    @Test
    void onlyTheMostRecentEntriesAreKept() throws IOException {
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        for (int i = 0; i < 6; i++) {
            loadVersionThatIsCompiled(i, cache);
        }
        assertEquals(4, entries().size());
    }

    @Test
    void aCacheFolderThatIsASymbolicLinkIsNeitherWrittenNorRead() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(dir.resolve("cache"), elsewhere);
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);

        assertFalse(load("a", cache).compiledFromCache());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(List.of(), files.toList(), "nothing written where the link leads");
        }
        assertFalse(load("b", cache).compiledFromCache());
    }

    @Test
    void onlyTheCachesOwnFilesAreEverDeleted() throws IOException {
        Path others = Files.createDirectories(dir.resolve("cache"));
        Files.setPosixFilePermissions(others, PosixFilePermissions.fromString("rwx------"));
        Path notes = Files.writeString(others.resolve("notes.rules"), "not an entry");
        Path old = Files.writeString(others.resolve("upload.tmp"), "not a write of the cache");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(0));
        Files.setLastModifiedTime(notes, java.nio.file.attribute.FileTime.fromMillis(0));
        CompiledRulesCache cache = cache(Consequences.INTERPRETED);
        for (int i = 0; i < 6; i++) {
            loadVersionThatIsCompiled(i, cache);
        }
        assertTrue(Files.exists(notes) && Files.exists(old));
        assertEquals(5, entries().size(), "four entries, and a file of another name");
    }

    @Test
    void aShippedEntryIsReadWhenTheCacheHasNoneAndNeverDeletedOrWrittenAgain() throws IOException {
        CompiledRulesCache image = CompiledRulesCache.in(dir.resolve("shipped"), Consequences.INTERPRETED);
        Ruleset compiled = load("a", image);
        Path shipped = entriesIn(dir.resolve("shipped")).get(0);
        CompiledRulesCache cache = cache(Consequences.INTERPRETED).withShipped(dir.resolve("shipped"));

        Ruleset read = load("b", cache);
        assertTrue(read.compiledFromCache(), "read from the shipped folder");
        SameDecisions.assertDecideAlike(compiled, read, 19, 500);
        assertEquals(List.of(), entries(), "nothing written: the shipped entry has it");

        byte[] damaged = Files.readAllBytes(shipped);
        damaged[damaged.length / 2] ^= 1;
        Files.write(shipped, damaged);
        assertFalse(load("c", cache).compiledFromCache());
        assertTrue(Files.exists(shipped), "a shipped entry is passed over, not deleted");
        assertEquals(1, entries().size(), "the compile is kept in the cache's own folder");
    }

    @Test
    void withoutACacheEveryLoadCompiles() throws IOException {
        load("a", CompiledRulesCache.NONE);
        assertFalse(load("b", CompiledRulesCache.NONE).compiledFromCache());
        assertEquals(List.of(), entries());
    }
}
