package ai.licensing.engine;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.TypeDeclaration;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A kept compile of another version of a folder with the rules of the files that differ replaced by a compile of
 * those files as they are now: what a start near a kept compile serves until it has compiled every file again.
 * <p>It decides as a compile of every file would. The replaced rules are gone (also those whose file no longer has
 * them), the new ones are in, and every rule fires in the order a compile of every file gives it: the firing order
 * breaks ties by a rule's place in the files, which the kept compile had for the old files. It refuses (empty) when the
 * result could differ from such a compile in other ways: a file declares functions, globals, types or queries, which
 * rules compiled apart would not see change; a rule extends another; or a new rule takes the name of a kept rule of
 * another file, which only a compile of both reports.
 */
final class MergedCompile {

    private MergedCompile() {
    }

    /**
     * @param kept      the base of the kept compile (not yet used by any session), changed in place
     * @param replaced  whether a file's rules are replaced, by file name
     * @param again     the packages compiled from the replaced files as they are now
     * @param ruleFiles the folder's rule files in the order a compile of every file adds them (purpose tables are added
     *                  one by one after them, so each keeps the order of its own rows)
     */
    static Optional<RuleCompiler.Compiled> of(RuleCompiler.Compiled kept, Predicate<String> replaced,
                                              Collection<KiePackage> again, List<String> ruleFiles) {
        InternalKnowledgeBase base = (InternalKnowledgeBase) kept.base();
        if (!onlyRules(base.getKiePackages()) || !onlyRules(again)) {
            return Optional.empty();
        }
        List<RuleImpl> stale = new ArrayList<>();
        Set<String> staying = new HashSet<>();
        for (Rule rule : kept.rules()) {
            RuleImpl compiled = (RuleImpl) rule;
            if (compiled.getResource() == null) {
                return Optional.empty(); // its file is not known
            }
            if (replaced.test(fileOf(compiled))) {
                stale.add(compiled);
            } else {
                staying.add(compiled.getFullyQualifiedName());
            }
        }
        Set<String> added = new HashSet<>();
        RuleCompiler.rulesOf(again).forEach(rule -> added.add(((RuleImpl) rule).getFullyQualifiedName()));
        if (added.stream().anyMatch(staying::contains)) {
            return Optional.empty();
        }
        // Adding a rule replaces the kept rule of its name; removing one makes Drools wire every compiled consequence again.
        stale.stream().filter(rule -> !added.contains(rule.getFullyQualifiedName()))
                .forEach(rule -> base.removeRule(rule.getPackageName(), rule.getName()));
        base.addPackages(again);
        List<Rule> rules = RuleCompiler.rulesOf(base.getKiePackages());
        inFileOrder(rules, ruleFiles);
        return Optional.of(new RuleCompiler.Compiled(rules, base));
    }

    /** Whether the packages hold rules and imports only: nothing rules compiled apart could share. */
    private static boolean onlyRules(Collection<KiePackage> packages) {
        return packages.stream().map(InternalKnowledgePackage.class::cast).allMatch(pkg ->
                pkg.getFunctions().isEmpty() && pkg.getGlobals().isEmpty()
                        && pkg.getTypeDeclarations().values().stream().allMatch(MergedCompile::onlyUsed)
                        && pkg.getRules().stream().map(RuleImpl.class::cast).noneMatch(rule -> rule.isQuery() || rule.getParent() != null));
    }

    /** Whether Drools made the type's declaration for a fact class a rule matches, rather than a file declaring it. */
    private static boolean onlyUsed(TypeDeclaration type) {
        return type.getNature() == TypeDeclaration.Nature.DECLARATION && type.getResource() == null && !type.isNovel();
    }

    /**
     * Gives the rules of the rule files the load order a compile of every file gives them: their place in all the
     * rule files, file by file. A file's own rules keep their order; rules of purpose tables keep theirs.
     */
    private static void inFileOrder(List<Rule> rules, List<String> ruleFiles) {
        Map<String, Integer> fileIndex = new HashMap<>();
        ruleFiles.forEach(file -> fileIndex.putIfAbsent(file, fileIndex.size()));
        Stream<RuleImpl> ofRuleFiles = rules.stream().map(RuleImpl.class::cast).filter(rule -> fileIndex.containsKey(fileOf(rule)));
        List<RuleImpl> ordered = ofRuleFiles.sorted(Comparator.comparing((RuleImpl rule) -> fileIndex.get(fileOf(rule)))
                .thenComparingInt(RuleImpl::getLoadOrder)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setLoadOrder(i);
        }
    }

    private static String fileOf(RuleImpl rule) {
        return rule.getResource() == null ? "" : rule.getResource().getSourcePath();
    }
}
