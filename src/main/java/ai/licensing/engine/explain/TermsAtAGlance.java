package ai.licensing.engine.explain;

import ai.licensing.catalog.Category;
import ai.licensing.catalog.License;
import ai.licensing.catalog.Model;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.AccessMode;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileLimits;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A license's terms at a glance, for choosing between models: computed from the catalog and from evaluating
 * {@link #TYPICAL_USE} under the license's rules, never kept by hand.
 *
 * @param royaltyFree          no license fee: every category but proprietary (paid provider terms)
 * @param paidApi              proprietary terms for a model reached through the provider's API
 * @param access               how the license's models are offered ({@code weights}, {@code api}), from the catalog
 * @param osiApproved          from the catalog
 * @param copyleft             the copyleft category: derivatives stay under the same terms
 * @param separateLicenseAbove the sizes above which the typical use is DENIED until the licensor grants more, with
 *                             the clauses (the explanation's thresholds of the typical use)
 * @param typicalVerdict       the verdict of the typical use
 * @param typicalObligations   how many clauses of the typical use are obligations (duties to meet)
 */
public record TermsAtAGlance(boolean royaltyFree, boolean paidApi, List<String> access, boolean osiApproved,
                             boolean copyleft, List<Explanation.Threshold> separateLicenseAbove,
                             Decision typicalVerdict, long typicalObligations) {

    /**
     * A typical commercial use, starting small so that every size the terms care about lies ahead of it: a young
     * company (1,000 monthly users, US$100,000 a year) runs the model for its own customer-support product in the
     * US, changes and shares nothing and sends no personal data; the duties it would meet are left unstated, so
     * they show up as obligations.
     */
    static final String TYPICAL_USE = """
            {"licensee":{"type":"company","country":"US","monthlyActiveUsers":1000,"annualRevenueUsd":100000,
                         "monthlyRevenueUsd":10000,"endUserOnly":false},
             "use":{"commercial":true,"purposes":["customer-support"],"deploymentCountries":["US"],
                    "offersAsHostedService":false,"production":true,"paidTier":true,"minorsMayAccess":false},
             "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false},
             "data":{"sendsPersonalData":false,"sendsHealthData":false,"sendsSpecialCategoryData":false,
                     "optedIntoProviderTraining":false}}""";

    private static final UsageProfile TYPICAL = ProfileParser.withoutSubject(ProfileLimits.DEFAULT).parse(TYPICAL_USE);

    /** The terms of the ruleset serving now, by license: they depend on nothing else, and each takes a threshold search. */
    private record Known(Ruleset ruleset, ConcurrentMap<String, TermsAtAGlance> byLicense) {
    }

    private static volatile Known known = new Known(null, new ConcurrentHashMap<>());

    public static TermsAtAGlance of(License license, Ruleset ruleset) {
        Known current = known;
        if (current.ruleset() != ruleset) {
            current = new Known(ruleset, new ConcurrentHashMap<>());
            known = current;
        }
        return current.byLicense().computeIfAbsent(license.id(), id -> compute(license, ruleset));
    }

    private static TermsAtAGlance compute(License license, Ruleset ruleset) {
        List<Model> models = ruleset.catalog().allModels().stream().filter(m -> m.license().equals(license.id())).toList();
        List<String> access = models.stream().flatMap(m -> m.accessModes().stream()).map(AccessMode::id).distinct().sorted().toList();
        ExplainedVerdict typical = Explainer.thresholds(ruleset, typicalFor(license, models));
        long obligations = typical.verdict().clauses().stream().map(ClauseHit::effect).filter(e -> e == Effect.OBLIGATION).count();
        List<Explanation.Threshold> separate = typical.explanation().thresholds().stream()
                .filter(t -> t.verdict() == Decision.DENIED).toList();
        boolean proprietary = license.category() == Category.PROPRIETARY;
        return new TermsAtAGlance(!proprietary, proprietary && access.contains(AccessMode.API.id()), access,
                license.osiApproved(), license.category() == Category.COPYLEFT, separate, typical.verdict().verdict(), obligations);
    }

    /** The typical use of the license's first model, the way that model is offered (weights first), or of the bare license. */
    private static UsageProfile typicalFor(License license, List<Model> models) {
        Optional<Model> model = models.stream().findFirst();
        UsageProfile typical = model.map(m -> TYPICAL.forModel(m.id()))
                .orElseGet(() -> new UsageProfile(null, license.id(), TYPICAL.licensee(), TYPICAL.use(), TYPICAL.modification(),
                        TYPICAL.compliance(), TYPICAL.data()));
        AccessMode mode = model.map(m -> m.offers(AccessMode.WEIGHTS) ? AccessMode.WEIGHTS : AccessMode.API).orElse(AccessMode.WEIGHTS);
        return ProfileEdits.apply(typical, List.of(Change.to("use.accessMode", mode.id())));
    }
}
