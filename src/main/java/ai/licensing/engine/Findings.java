package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Effect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The clauses one evaluation triggered. A clause (license + section) is reported once, with the strongest
 * effect of the rules that fired for it. The verdict's missing facts are those named by the REVIEW clauses it
 * reports: a REVIEW outweighed within its own clause by a DENY could not change that clause, so it names nothing.
 * One instance per evaluation, so concurrent evaluations never share results.
 */
public final class Findings {

    private static final Comparator<ClauseHit> STRONGEST_FIRST =
            Comparator.comparing(ClauseHit::effect).thenComparing(ClauseHit::license).thenComparing(ClauseHit::section);

    /** A clause: license and section, because a model's extra policies may number their clauses like its license. */
    private record Clause(String license, String section) {
    }

    private final Map<Clause, ClauseHit> bySection = new LinkedHashMap<>();
    private final Map<Clause, Set<String>> missingBySection = new LinkedHashMap<>();
    private final Map<String, Effect> firedRules = new TreeMap<>();
    private final Set<String> catalogSections = new HashSet<>();
    private RuleMeta current;
    private boolean policyPass;

    /** Called as a rule starts firing, so the helpers know which clause they speak for. */
    void enter(RuleMeta rule) {
        this.current = rule;
    }

    RuleMeta current() {
        if (current == null) {
            throw new IllegalStateException("a rule helper was called outside a rule");
        }
        return current;
    }

    /**
     * Called before the rules of a model's extra policies run: the catalog clauses ({@code @license("*")}) have
     * already spoken for the model's own license, so they are not repeated once per policy.
     */
    void startPolicies() {
        this.policyPass = true;
    }

    void add(String license, String licenseUrl, Effect effect, String reason, String remedy, Set<String> missing) {
        RuleMeta rule = current();
        if (policyPass && RuleMeta.EVERY_LICENSE.equals(rule.license())) {
            return;
        }
        firedRules.merge(rule.name(), effect, (old, added) -> added.strongerThan(old) ? added : old);
        if (RuleMeta.EVERY_LICENSE.equals(rule.license())) {
            catalogSections.add(rule.section());
        }
        ClauseHit hit = new ClauseHit(license, rule.section(), rule.title(), effect, rule.name(), reason, remedy,
                rule.url() == null ? licenseUrl : rule.url());
        Clause key = new Clause(license, rule.section());
        ClauseHit before = bySection.get(key);
        ClauseHit after = bySection.merge(key, hit, Findings::merge);
        // Most clauses name no missing fact: they share the empty set instead of each making a sorted one.
        if (before == null || after.effect() != before.effect()) {
            missingBySection.put(key, missing.isEmpty() ? Set.of() : new TreeSet<>(missing));
        } else if (effect == after.effect() && !missing.isEmpty()) {
            missingBySection.merge(key, missing, Findings::union);
        }
    }

    private static Set<String> union(Set<String> named, Set<String> more) {
        Set<String> all = new TreeSet<>(named);
        all.addAll(more);
        return all;
    }

    /** The stronger effect wins; the same effect twice (one rule, several purposes) keeps both reasons. */
    private static ClauseHit merge(ClauseHit old, ClauseHit added) {
        if (added.effect().strongerThan(old.effect())) {
            return added;
        }
        if (old.effect() != added.effect() || old.reason().equals(added.reason())) {
            return old;
        }
        String remedy = old.remedy().equals(added.remedy()) ? old.remedy() : old.remedy() + " " + added.remedy();
        return new ClauseHit(old.license(), old.section(), old.title(), old.effect(), old.rule(),
                old.reason() + " " + added.reason(), remedy, old.url());
    }

    /** Reports the clauses the licensee's separate agreements cover as INFO; they then name no missing fact. */
    void cover(Agreements agreements) {
        if (!agreements.isEmpty()) {
            bySection.replaceAll((key, hit) -> agreements.apply(hit, catalogSections.contains(hit.section())));
        }
    }

    public List<ClauseHit> clauses() {
        List<ClauseHit> list = new ArrayList<>(bySection.values());
        list.sort(STRONGEST_FIRST);
        return list;
    }

    public List<String> missingFacts() {
        Set<String> missing = new TreeSet<>();
        bySection.forEach((key, hit) -> {
            if (hit.effect() == Effect.REVIEW) {
                missing.addAll(missingBySection.get(key));
            }
        });
        return List.copyOf(missing);
    }

    /** Names of the rules that produced a clause (used for coverage). */
    public Set<String> firedRules() {
        return firedRules.keySet();
    }

    /**
     * The strongest effect each rule produced, by rule name. A clause merges its rules; an explanation looks at
     * them one by one, because each reads fewer facts than the clause as a whole.
     */
    public Map<String, Effect> ruleEffects() {
        return firedRules;
    }
}
