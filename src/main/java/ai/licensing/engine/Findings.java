package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Effect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clauses one evaluation triggered. A clause (license + section) is reported once, with the strongest
 * effect of the rules that fired for it; every fired REVIEW names its missing facts, whatever wins.
 * One instance per evaluation, so concurrent evaluations never share results.
 */
public final class Findings {

    private static final Comparator<ClauseHit> STRONGEST_FIRST =
            Comparator.comparing(ClauseHit::effect).thenComparing(ClauseHit::section);

    private final Map<String, ClauseHit> bySection = new LinkedHashMap<>();
    private final Set<String> missingFacts = new TreeSet<>();
    private final Set<String> firedRules = new TreeSet<>();
    private RuleMeta current;

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

    void add(String license, String licenseUrl, Effect effect, String reason, String remedy, Set<String> missing) {
        RuleMeta rule = current();
        firedRules.add(rule.name());
        if (effect == Effect.REVIEW) {
            missingFacts.addAll(missing);
        }
        ClauseHit hit = new ClauseHit(license, rule.section(), rule.title(), effect, rule.name(), reason, remedy,
                rule.url() == null ? licenseUrl : rule.url());
        bySection.merge(rule.section(), hit, Findings::merge);
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

    public List<ClauseHit> clauses() {
        List<ClauseHit> list = new ArrayList<>(bySection.values());
        list.sort(STRONGEST_FIRST);
        return list;
    }

    public List<String> missingFacts() {
        return List.copyOf(missingFacts);
    }

    /** Names of the rules that produced a clause (used for coverage). */
    public Set<String> firedRules() {
        return firedRules;
    }
}
