package ai.licensing.scenario;

import ai.licensing.engine.RuleMeta;
import ai.licensing.engine.Ruleset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rules the scenarios exercised: a rule counts as covered when it produced a clause in at least one
 * scenario. Rules are grouped by the license their metadata names; the catalog rules that speak for every
 * license ({@code *}) form a group of their own, covered whichever license fired them.
 *
 * @param rules   how many rules the ruleset has
 * @param fired   how many of them some scenario fired
 * @param percent fired / rules, to one decimal
 */
public record Coverage(List<LicenseCoverage> licenses, int rules, int fired, double percent) {

    /** @param notFired the rules of this license no scenario fired, in file order */
    public record LicenseCoverage(String license, int rules, int fired, double percent, List<RuleMeta> notFired) {
    }

    public static Coverage of(Ruleset ruleset, Collection<ScenarioResult> results) {
        Set<String> fired = results.stream().flatMap(r -> r.firedRules().stream()).collect(Collectors.toSet());
        Map<String, List<RuleMeta>> byLicense = new LinkedHashMap<>();
        ruleset.rules().forEach(rule -> byLicense.computeIfAbsent(rule.license(), l -> new ArrayList<>()).add(rule));
        List<LicenseCoverage> licenses = new ArrayList<>();
        byLicense.forEach((license, rules) -> {
            List<RuleMeta> notFired = rules.stream().filter(r -> !fired.contains(r.name())).toList();
            int covered = rules.size() - notFired.size();
            licenses.add(new LicenseCoverage(license, rules.size(), covered, percent(covered, rules.size()), notFired));
        });
        int total = ruleset.rules().size();
        int covered = licenses.stream().mapToInt(LicenseCoverage::fired).sum();
        return new Coverage(licenses, total, covered, percent(covered, total));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
