package ai.licensing.api;

import ai.licensing.catalog.Category;
import ai.licensing.catalog.License;
import ai.licensing.catalog.Model;
import ai.licensing.catalog.TermsVerification;
import ai.licensing.catalog.TermsVersion;
import ai.licensing.engine.RuleMeta;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.explain.TermsAtAGlance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A license as clients see it: catalog data (with the version of the terms the rules follow and when its text was
 * read), the models under it (or naming it as a policy), its clauses, and the profile facts its rules read (so a
 * client can ask only the questions that matter for this license).
 *
 * @param atAGlance the terms at a glance, computed from the catalog and the rules (for choosing between models)
 */
public record LicenseView(
        String id,
        String name,
        String version,
        String url,
        String policyUrl,
        Category category,
        boolean osiApproved,
        String effective,
        TermsVerification verified,
        List<TermsVersion> versions,
        List<String> models,
        List<Clause> clauses,
        List<String> facts,
        TermsAtAGlance atAGlance) {

    /** A clause and the rules that encode it. */
    public record Clause(String section, String title, List<String> rules, List<String> facts) {
    }

    static LicenseView of(License license, Ruleset ruleset) {
        Map<String, List<RuleMeta>> bySection = new LinkedHashMap<>();
        for (RuleMeta rule : ruleset.rulesOf(license.id())) {
            bySection.computeIfAbsent(rule.section(), s -> new ArrayList<>()).add(rule);
        }
        List<Clause> clauses = new ArrayList<>();
        TreeSet<String> allFacts = new TreeSet<>();
        bySection.forEach((section, rules) -> {
            TreeSet<String> facts = new TreeSet<>();
            rules.forEach(r -> facts.addAll(r.reads()));
            allFacts.addAll(facts);
            clauses.add(new Clause(section, rules.get(0).title(), rules.stream().map(RuleMeta::name).toList(), List.copyOf(facts)));
        });
        List<String> models = ruleset.catalog().allModels().stream()
                .filter(m -> m.governingLicenses().contains(license.id())).map(Model::id).toList();
        return new LicenseView(license.id(), license.name(), license.version(), license.url(), license.policyUrl(),
                license.category(), license.osiApproved(), license.effective(), license.verified(), license.versions(),
                models, clauses, List.copyOf(allFacts), TermsAtAGlance.of(license, ruleset));
    }
}
