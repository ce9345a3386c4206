package ai.licensing.engine;

import ai.licensing.engine.authoring.RuleChecks;
import ai.licensing.model.SourceError;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The knowledge base each license's decisions run on, and the compiled rules, kept from one compile to the next so
 * that a reload compiles only what changed. A license's files are those named for it ({@code llama-2-community.drl},
 * {@code llama-2-community.purposes.csv}); the other files ({@code catalog.drl}) are shared by every license.
 * <ul>
 *   <li>A first load reads a kept compile of the folder's version from the {@link CompiledRulesCache}; else, from a
 *       kept compile of another version near enough, it compiles only the files that differ (the shared files, and
 *       the licenses changed or added; the rules of a license removed go) and merges them into it
 *       ({@link MergedCompile}).</li>
 *   <li>A first load without either, a reload after a change to a shared file or to the catalog's licenses, or one
 *       after a change to more than {@link #MOST_LICENSES_RECOMPILED} licenses compiles every file into one base that
 *       every license runs on: one knowledge builder compiles the folder fastest.</li>
 *   <li>Otherwise a reload compiles each changed license alone with the shared files into a base of its own, and every
 *       other license keeps the base it ran on: a lawyer's edit to one license file recompiles that license only.</li>
 * </ul>
 * The compiles here compile consequences for MVEL's interpreter; {@link #withCompiledConsequences} compiles them to Java afterwards
 * the same two ways (every file, or the licenses whose consequences are still interpreted).
 * Each rule tests the license it speaks for ({@code Usage( license == "…" )}), so a license's rules never fire in
 * another's decisions whichever base holds them; and each license has its own pool of sessions over its base
 * ({@link LicenseSessions}).
 */
final class KnowledgeBases {

    private static final System.Logger LOG = System.getLogger(KnowledgeBases.class.getName());

    /** Beyond this many changed licenses one builder for everything is cheaper than one per license. */
    static final int MOST_LICENSES_RECOMPILED = 4;

    /**
     * Beyond this share of the licenses' rule text (their rule files and their purpose tables' rules) in licenses whose
     * files differ from a kept compile, a start compiles every file: merging them into the kept compile is no faster.
     */
    static final double MOST_TEXT_MERGED_AT_START = 0.4;

    /** A license's base, the license's own rules in it, the content of the license's files they came from, and how their consequences run. */
    private record Entry(String files, KieBase base, List<Rule> rules, Consequences consequences) {
    }

    /** The last compile of each of the few most recent folders (a service has one; tests and commands several). */
    private static final Map<Path, KnowledgeBases> LATEST = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, KnowledgeBases> eldest) {
            return size() > 4;
        }
    });

    private final Sources sources;
    private final List<Rule> sharedRules;
    private final Map<String, Entry> byLicense;
    private final Entry fallback;
    private final boolean fromCache;

    private KnowledgeBases(Sources sources, List<Rule> sharedRules, Map<String, Entry> byLicense, Entry fallback, boolean fromCache) {
        this.sources = sources;
        this.sharedRules = sharedRules;
        this.byLicense = byLicense;
        this.fallback = fallback;
        this.fromCache = fromCache;
    }

    /**
     * The texts compiled, kept so that a license can be compiled again alone (an edit, compiled consequences), with
     * the folder version they are and the cache a compile of all of them is kept in.
     */
    private record Sources(String version, Map<String, String> ruleFiles, Map<String, String> tables, Grouping grouping,
                           CompiledRulesCache cache) {

        static Sources of(String version, Map<String, String> ruleFiles, Tables tables, CompiledRulesCache cache) {
            return new Sources(version, ruleFiles, tables.drl(), Grouping.of(allFiles(ruleFiles, tables.drl()), tables.licenseIds()), cache);
        }

        Map<String, String> all() {
            return allFiles(ruleFiles, tables);
        }
    }

    /** The rule text of the purpose tables (by table file) and the catalog's license ids, which the compile may wait for. */
    record Tables(Map<String, String> drl, Collection<String> licenseIds) {
    }

    /**
     * The bases of the rule files and the purpose tables (rule texts by file name) for the catalog's licenses,
     * reusing what the previous compile of the folder built from the same files; {@code null} with {@code errors}
     * filled when a file does not compile. A first compile of the folder starts on the rule files before the tables
     * and the catalog are ready.
     */
    static KnowledgeBases compile(Path folder, String version, Map<String, String> ruleFiles, Supplier<Tables> tables,
                                  CompiledRulesCache cache, List<SourceError> errors) {
        KnowledgeBases previous = LATEST.get(folder);
        KnowledgeBases compiled = null;
        if (previous == null) {
            compiled = cached(version, ruleFiles, tables, cache);
        } else {
            List<SourceError> changeErrors = new ArrayList<>();
            compiled = changed(previous, version, ruleFiles, tables.get(), cache, changeErrors);
            errors.addAll(changeErrors);
            if (!changeErrors.isEmpty()) {
                return null;
            }
        }
        if (compiled == null) {
            compiled = all(version, ruleFiles, tables, cache, Consequences.INTERPRETED, errors);
        }
        if (compiled != null) {
            LATEST.put(folder, compiled);
        }
        return compiled;
    }

    /** The license each file belongs to (none: shared), the shared files, and what the files are license by license. */
    private record Grouping(Map<String, String> owners, Map<String, String> shared, RuleContents contents) {

        static Grouping of(Map<String, String> drl, Collection<String> licenseIds) {
            Map<String, String> owners = new HashMap<>();
            drl.keySet().forEach(file -> owners.put(file, RuleChecks.licenseNamedBy(file, licenseIds)));
            Map<String, String> shared = filesOf(drl, owners, null);
            Map<String, String> filesByLicense = new LinkedHashMap<>();
            licenseIds.forEach(id -> filesByLicense.put(id, RuleFiles.sha256(filesOf(drl, owners, id))));
            return new Grouping(owners, shared, new RuleContents(RuleFiles.sha256(shared), filesByLicense));
        }
    }

    /** Table rules first, then the rule files: the order of a full compile and of the checks. */
    private static Map<String, String> allFiles(Map<String, String> ruleFiles, Map<String, String> tables) {
        Map<String, String> drl = new LinkedHashMap<>(tables);
        drl.putAll(ruleFiles);
        return drl;
    }

    /** Every file in one base, kept in the cache for the next start. */
    private static KnowledgeBases all(String version, Map<String, String> ruleFiles, Supplier<Tables> tables,
                                      CompiledRulesCache cache, Consequences consequences, List<SourceError> errors) {
        Tables[] ready = new Tables[1];
        RuleCompiler.Compiled compiled = RuleCompiler.compile(ruleFiles, () -> {
            ready[0] = tables.get();
            return ready[0].drl();
        }, consequences, errors);
        if (compiled == null) {
            return null;
        }
        Sources sources = Sources.of(version, ruleFiles, ready[0], cache);
        cache.write(version, consequences, sources.grouping().contents(), compiled.base().getKiePackages());
        return oneBase(compiled, sources.grouping().contents(), sources, consequences, false);
    }

    /**
     * Every file in one base as a compile of this version kept in the cache has it, its consequences compiled if
     * that compile is kept too; else a kept compile of a version that differs in a few licenses, with those compiled
     * ({@link #near}); {@code null} when the cache has neither.
     */
    private static KnowledgeBases cached(String version, Map<String, String> ruleFiles, Supplier<Tables> tables, CompiledRulesCache cache) {
        for (Consequences consequences : List.of(Consequences.COMPILED, Consequences.INTERPRETED)) {
            Optional<List<KiePackage>> packages = cache.read(version, consequences, RuleCompiler.classLoader());
            if (packages.isPresent()) {
                Sources sources = Sources.of(version, ruleFiles, tables.get(), cache);
                return oneBase(RuleCompiler.of(packages.get()), sources.grouping().contents(), sources, consequences, true);
            }
        }
        return near(() -> Sources.of(version, ruleFiles, tables.get(), cache), cache);
    }

    /**
     * Every license on the base of a kept compile of another version of the folder, with the files that differ from it
     * (the shared files, and those of the licenses whose files differ or are new) compiled together and merged
     * into it ({@link MergedCompile}); {@code null} when no kept compile is that near (the licenses that differ hold more
     * than {@link #MOST_TEXT_MERGED_AT_START} of the licenses' rule text), when a file that differs does not
     * compile (the compile of every file then reports its errors), or when the merge could decide otherwise than a
     * compile of every file. The kept compile is read and built on another thread while this one compiles.
     */
    private static KnowledgeBases near(Supplier<Sources> folder, CompiledRulesCache cache) {
        Sources[] sources = new Sources[1];
        Optional<CompiledRulesCache.Near> near = cache.nearest(() -> {
            sources[0] = folder.get();
            return sources[0].grouping().contents();
        }, difference -> licensesTextShare(sources[0], difference.licenses()) <= MOST_TEXT_MERGED_AT_START);
        if (near.isEmpty()) {
            return null;
        }
        ClassLoader loader = RuleCompiler.classLoader();
        CompletableFuture<Optional<RuleCompiler.Compiled>> reading =
                CompletableFuture.supplyAsync(() -> near.get().packages(loader).map(RuleCompiler::of));
        List<String> changed = near.get().difference().licenses();
        Predicate<String> replaced = replacedBy(sources[0], changed);
        Collection<KiePackage> again = RuleCompiler.packages(filtered(sources[0].ruleFiles(), replaced),
                filtered(sources[0].tables(), replaced), Consequences.INTERPRETED, new ArrayList<>());
        Optional<RuleCompiler.Compiled> kept = reading.join();
        if (again == null || kept.isEmpty()) {
            return null;
        }
        Optional<RuleCompiler.Compiled> merged = MergedCompile.of(kept.get(), replaced, again, List.copyOf(sources[0].ruleFiles().keySet()));
        if (merged.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "The compile of another version of the rules in {0} cannot take the files that "
                    + "differ from it (they declare more than rules, or a rule name moved to another file): compiling every file", near.get().entry());
            return null;
        }
        LOG.log(System.Logger.Level.INFO, "Read the compile of another version of the rules from {0}, and compiled the files "
                + "that differ from it into it: the shared files and {1} license(s){2}", near.get().entry(), changed.size(),
                changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")");
        return oneBase(merged.get(), sources[0].grouping().contents(), sources[0], Consequences.INTERPRETED, true);
    }

    /** Whether a file's rules are compiled again: those of the shared files, of files no longer in the folder, and of the changed licenses. */
    private static Predicate<String> replacedBy(Sources sources, List<String> changed) {
        Map<String, String> owners = sources.grouping().owners();
        return file -> owners.get(file) == null || changed.contains(owners.get(file));
    }

    /** The share of the licenses' rule text in these licenses' files. */
    private static double licensesTextShare(Sources sources, List<String> licenses) {
        Map<String, String> owners = sources.grouping().owners();
        long all = 0;
        long theirs = 0;
        for (Map.Entry<String, String> file : sources.all().entrySet()) {
            String owner = owners.get(file.getKey());
            if (owner != null) {
                all += file.getValue().length();
                theirs += licenses.contains(owner) ? file.getValue().length() : 0;
            }
        }
        return all == 0 ? 0 : (double) theirs / all;
    }

    /** The files of {@code drl} (in its order) that {@code wanted} accepts. */
    private static Map<String, String> filtered(Map<String, String> drl, Predicate<String> wanted) {
        Map<String, String> files = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            if (wanted.test(file)) {
                files.put(file, text);
            }
        });
        return files;
    }

    /** Every license on one base, compiled from files of these contents; {@code sources} are the folder's now. */
    private static KnowledgeBases oneBase(RuleCompiler.Compiled compiled, RuleContents contents, Sources sources,
                                          Consequences consequences, boolean fromCache) {
        Map<String, Entry> byLicense = new LinkedHashMap<>();
        contents.byLicense().forEach((id, files) ->
                byLicense.put(id, new Entry(files, compiled.base(), rulesOf(compiled.rules(), id), consequences)));
        List<Rule> sharedRules = compiled.rules().stream().filter(r -> !byLicense.containsKey(licenseOf(r))).toList();
        return new KnowledgeBases(sources, sharedRules, byLicense,
                new Entry(contents.shared(), compiled.base(), sharedRules, consequences), fromCache);
    }

    /** What the files of these bases are, license by license. */
    private RuleContents contents() {
        Map<String, String> files = new LinkedHashMap<>();
        byLicense.forEach((id, entry) -> files.put(id, entry.files()));
        return new RuleContents(fallback.files(), files);
    }

    /**
     * Whether any of these bases was read from the compiled rules cache instead of compiled: from a start on the cache
     * until the compile of the consequences replaces every base (an edit in between keeps the others it read).
     */
    boolean fromCache() {
        return fromCache;
    }

    /**
     * The same rules from the same files with their consequences compiled to Java ({@link Consequences}): the licenses
     * whose consequences are interpreted, each alone as after an edit, or every file in one base when the shared
     * rules' are, more than {@link #MOST_LICENSES_RECOMPILED} licenses' are, or the bases were read from the cache.
     * {@code null} with {@code errors} filled when a consequence is not valid Java.
     */
    KnowledgeBases withCompiledConsequences(List<SourceError> errors) {
        List<String> interpreted = byLicense.entrySet().stream()
                .filter(e -> e.getValue().consequences() == Consequences.INTERPRETED).map(Map.Entry::getKey).toList();
        if (fromCache || fallback.consequences() == Consequences.INTERPRETED || interpreted.size() > MOST_LICENSES_RECOMPILED) {
            return allAgain(sources.cache(), Consequences.COMPILED, errors);
        }
        Map<String, Entry> recompiled = alone(interpreted, sources, Consequences.COMPILED, errors);
        if (recompiled == null) {
            return null;
        }
        return new KnowledgeBases(sources, sharedRules, replaced(recompiled), fallback, false);
    }

    /** These licenses' entries with {@code recompiled} in place of theirs. */
    private Map<String, Entry> replaced(Map<String, Entry> recompiled) {
        Map<String, Entry> entries = new LinkedHashMap<>(byLicense);
        entries.putAll(recompiled);
        return entries;
    }

    /**
     * These bases with {@code recompiled} in place of those licenses' own, for the files of {@code sources}; {@code null}
     * when a rule took a name another license's file uses: two rules of one name in different licenses' files
     * compile apart, and only a compile of them together reports them.
     */
    private KnowledgeBases with(Sources sources, Map<String, Entry> recompiled) {
        KnowledgeBases compiled = new KnowledgeBases(sources, sharedRules, replaced(recompiled), fallback, fromCache);
        List<String> names = compiled.rules().stream().map(Rule::getName).toList();
        return names.size() == Set.copyOf(names).size() ? compiled : null;
    }

    /**
     * Compiles every file once more as a reload does (interpreted consequences) and drops the result. A start from the
     * cache never ran that compile, so without this the first reload after it would also pay for warming it up.
     */
    void warmUpReloads() {
        allAgain(CompiledRulesCache.NONE, Consequences.INTERPRETED, new ArrayList<>());
    }

    /** Every file of these sources compiled again into one base. */
    private KnowledgeBases allAgain(CompiledRulesCache cache, Consequences consequences, List<SourceError> errors) {
        Tables tables = new Tables(sources.tables(), byLicense.keySet());
        return all(sources.version(), sources.ruleFiles(), () -> tables, cache, consequences, errors);
    }

    /** Whether every rule's consequences are compiled to Java, by a compile of the files (not read from the cache). */
    boolean consequencesCompiledFromFiles() {
        return consequences() == Consequences.COMPILED && !fromCache;
    }

    /** How the consequences of every rule run: compiled only once every license's and the shared rules' are. */
    Consequences consequences() {
        boolean compiled = fallback.consequences() == Consequences.COMPILED
                && byLicense.values().stream().allMatch(e -> e.consequences() == Consequences.COMPILED);
        return compiled ? Consequences.COMPILED : Consequences.INTERPRETED;
    }

    /** Forgets the last compile of the folder: its next load is a first load. */
    static void forget(Path folder) {
        LATEST.remove(folder);
    }

    /**
     * Records that {@code next} holds what {@code previous} held for the folder, so that the next reload starts from
     * it; does nothing when a reload has compiled the folder since.
     */
    static void replace(Path folder, KnowledgeBases previous, KnowledgeBases next) {
        LATEST.replace(folder, previous, next);
    }

    /**
     * The changed licenses, each in a base of its own with the shared files; the others as they were. {@code null}
     * with {@code errors} filled when a file does not compile, and without when only a compile of every file can
     * judge the change: a shared file or the catalog's licenses changed, more than {@link #MOST_LICENSES_RECOMPILED}
     * licenses changed, or a rule took a name another license's file uses.
     */
    private static KnowledgeBases changed(KnowledgeBases previous, String version, Map<String, String> ruleFiles, Tables tables,
                                          CompiledRulesCache cache, List<SourceError> errors) {
        Sources sources = Sources.of(version, ruleFiles, tables, cache);
        Optional<List<String>> changed = sources.grouping().contents().licensesChangedSince(previous.contents(), MOST_LICENSES_RECOMPILED);
        if (changed.isEmpty()) {
            return null;
        }
        Map<String, Entry> recompiled = alone(changed.get(), sources, Consequences.INTERPRETED, errors);
        return recompiled == null ? null : previous.with(sources, recompiled);
    }

    /**
     * Each license compiled alone with the shared files into a base of its own; {@code null} with {@code errors}
     * filled when any does not compile.
     */
    private static Map<String, Entry> alone(List<String> licenses, Sources sources, Consequences consequences, List<SourceError> errors) {
        Grouping grouping = sources.grouping();
        Map<String, String> drl = sources.all();
        Map<String, Entry> byLicense = new LinkedHashMap<>();
        Set<SourceError> failed = new LinkedHashSet<>();
        for (String id : licenses) {
            Map<String, String> files = new LinkedHashMap<>(filesOf(drl, grouping.owners(), id));
            files.putAll(grouping.shared());
            List<SourceError> own = new ArrayList<>();
            RuleCompiler.Compiled compiled = RuleCompiler.compile(files, Map::of, consequences, own);
            if (compiled == null) {
                failed.addAll(own);
            } else {
                byLicense.put(id, new Entry(grouping.contents().byLicense().get(id), compiled.base(), rulesOf(compiled.rules(), id), consequences));
            }
        }
        if (!failed.isEmpty()) {
            errors.addAll(failed);
            return null;
        }
        return byLicense;
    }

    /** The files of {@code drl} (in its order) named for the license; for {@code null}, those named for none. */
    private static Map<String, String> filesOf(Map<String, String> drl, Map<String, String> owners, String license) {
        return filtered(drl, file -> Objects.equals(owners.get(file), license));
    }

    private static List<Rule> rulesOf(List<Rule> rules, String license) {
        return rules.stream().filter(r -> license.equals(licenseOf(r))).toList();
    }

    private static String licenseOf(Rule rule) {
        return RuleMeta.metadata(rule, "license");
    }

    /** The base this license's decisions run on. */
    KieBase of(String licenseId) {
        return byLicense.getOrDefault(licenseId, fallback).base();
    }

    /** Every rule of every base, as compiled into each (a base of one license holds the shared rules too). */
    Collection<Rule> rulesOfEveryBase() {
        Set<KieBase> bases = Collections.newSetFromMap(new IdentityHashMap<>());
        bases.add(fallback.base());
        byLicense.values().forEach(entry -> bases.add(entry.base()));
        List<Rule> rules = new ArrayList<>();
        bases.forEach(base -> base.getKiePackages().forEach(pkg -> rules.addAll(pkg.getRules())));
        return rules;
    }

    /** Every compiled rule, once. */
    List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(sharedRules);
        byLicense.values().forEach(entry -> rules.addAll(entry.rules()));
        return rules;
    }
}
