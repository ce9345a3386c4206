package ai.licensing.engine;

import ai.licensing.model.AccessMode;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.LicenseeType;
import ai.licensing.model.Purpose;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Invariants every verdict keeps, over generated profiles for every catalog model. */
class VerdictProperties {

    private static final DecisionEngine ENGINE = new DecisionEngine(new CurrentRuleset(RulesetLoader.load(Path.of("rules-drl"))));
    private static final int TRIES = 1000;

    // ---- Generators -----------------------------------------------------------------------------------------

    private static <T> Arbitrary<T> orUnknown(Arbitrary<T> known) {
        return known.injectNull(0.25);
    }

    private static Arbitrary<Boolean> fact() {
        return orUnknown(Arbitraries.of(true, false));
    }

    private static Arbitrary<Long> count() {
        return orUnknown(Arbitraries.oneOf(
                Arbitraries.of(0L, 999_999L, 1_000_000L, 1_000_001L, 100_000_000L, 100_000_001L, 700_000_000L, 700_000_001L),
                Arbitraries.longs().between(0, 5_000_000_000L)));
    }

    @Provide
    Arbitrary<UsageProfile> profiles() {
        Arbitrary<String> model = Arbitraries.of(ENGINE.rules().get().catalog().modelIds());
        Arbitrary<UsageProfile.Licensee> licensee = orUnknown(Combinators.combine(
                orUnknown(Arbitraries.of(LicenseeType.class)), orUnknown(Arbitraries.of("US", "DE", "FR", "GB", "NO", "CH", "JP")),
                count(), count()).as(UsageProfile.Licensee::new));
        Arbitrary<UsageProfile.Use> use = orUnknown(Combinators.combine(
                fact(), orUnknown(Arbitraries.of(Purpose.class).list().ofMaxSize(4)), Arbitraries.just((List<String>) null),
                orUnknown(Arbitraries.of(AccessMode.class)), fact()).as(UsageProfile.Use::new));
        Arbitrary<UsageProfile.Modification> modification = orUnknown(Combinators.combine(
                fact(), fact(), orUnknown(Arbitraries.of("Llama-3-acme", "Llama acme", "acme-chat")), fact()).as(UsageProfile.Modification::new));
        Arbitrary<UsageProfile.Compliance> compliance = orUnknown(Combinators.combine(fact(), fact(), fact(), fact())
                .as(UsageProfile.Compliance::new));
        Arbitrary<UsageProfile.Data> data = orUnknown(Combinators.combine(fact(), fact()).as(UsageProfile.Data::new));
        return Combinators.combine(model, licensee, use, modification, compliance, data)
                .as((m, l, u, mo, c, d) -> new UsageProfile(m, null, l, u, mo, c, d));
    }

    /** What a verdict decides, without its id and time. */
    private static List<Object> decided(Verdict v) {
        return List.of(v.verdict(), v.allowed(), v.clauses(), v.missingFacts(), v.rulesetVersion());
    }

    // ---- Properties -----------------------------------------------------------------------------------------

    @Property(tries = TRIES)
    void sameProfileSameVerdict(@ForAll("profiles") UsageProfile p) {
        assertEquals(decided(ENGINE.evaluate(p)), decided(ENGINE.evaluate(p)));
    }

    @Property(tries = 50)
    void sameVerdictFromManyThreadsAtOnce(@ForAll("profiles") UsageProfile p) throws Exception {
        List<Object> expected = decided(ENGINE.evaluate(p));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> decided(ENGINE.evaluate(p))));
            }
            for (Future<List<Object>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = TRIES)
    void verdictIsTheStrongestEffectAndAllowedFollowsIt(@ForAll("profiles") UsageProfile p) {
        Verdict v = ENGINE.evaluate(p);
        Effect strongest = v.clauses().stream().map(ClauseHit::effect).min(Enum::compareTo).orElse(Effect.INFO);
        assertEquals(strongest.decision(), v.verdict());
        assertEquals(v.verdict() == Decision.ALLOWED || v.verdict() == Decision.CONDITIONAL, v.allowed());
        List<Effect> effects = v.clauses().stream().map(ClauseHit::effect).toList();
        assertEquals(effects.stream().sorted().toList(), effects, "clauses are listed strongest first");
        assertEquals(v.missingFacts().isEmpty() || effects.contains(Effect.REVIEW), true, "missing facts come from REVIEW clauses");
    }

    @Property(tries = TRIES)
    void statingAnUnknownFactNeverAddsThatFactToMissingFacts(@ForAll("profiles") UsageProfile p,
                                                             @ForAll("knownFacts") Fact stated) {
        UsageProfile known = stated.apply(p);
        if (known != null) {
            assertFalse(ENGINE.evaluate(known).missingFacts().contains(stated.path()),
                    () -> stated.path() + " was stated but is still listed as missing");
        }
    }

    @Property(tries = TRIES)
    void addingAPurposeNeverUndoesADenial(@ForAll("profiles") UsageProfile p, @ForAll Purpose extra) {
        UsageProfile.Use use = p.use();
        if (use == null || use.purposes() == null || ENGINE.evaluate(p).verdict() != Decision.DENIED) {
            return;
        }
        List<Purpose> more = new ArrayList<>(use.purposes());
        more.add(extra);
        UsageProfile wider = new UsageProfile(p.model(), null, p.licensee(),
                new UsageProfile.Use(use.commercial(), more, use.deploymentCountries(), use.accessMode(), use.offersAsHostedService()),
                p.modification(), p.compliance(), p.data());
        assertEquals(Decision.DENIED, ENGINE.evaluate(wider).verdict());
    }

    @Property(tries = TRIES)
    void moreUsersOrRevenueNeverUndoesADenial(@ForAll("profiles") UsageProfile p) {
        UsageProfile.Licensee l = p.licensee();
        if (l == null || l.monthlyActiveUsers() == null || l.annualRevenueUsd() == null
                || ENGINE.evaluate(p).verdict() != Decision.DENIED) {
            return;
        }
        UsageProfile bigger = new UsageProfile(p.model(), null,
                new UsageProfile.Licensee(l.type(), l.country(), l.monthlyActiveUsers() * 2 + 1, l.annualRevenueUsd() * 2 + 1),
                p.use(), p.modification(), p.compliance(), p.data());
        assertEquals(Decision.DENIED, ENGINE.evaluate(bigger).verdict());
    }

    @Property(tries = 200)
    void everyVerdictNamesItsOwnLicenseAndRulesetVersion(@ForAll("profiles") UsageProfile p) {
        Verdict v = ENGINE.evaluate(p);
        String license = ENGINE.rules().get().catalog().model(p.model()).orElseThrow().license();
        assertEquals(license, v.license());
        v.clauses().forEach(c -> assertEquals(license, c.license()));
        assertNotEquals(null, v.decisionId());
    }

    // ---- Stating one unknown fact -------------------------------------------------------------------------------

    /** Turns one unknown fact of a profile into a known value; null when that fact is already known. */
    record Fact(String path, java.util.function.Function<UsageProfile, UsageProfile> set) {
        UsageProfile apply(UsageProfile p) {
            return set.apply(p);
        }
    }

    @Provide
    Arbitrary<Fact> knownFacts() {
        return Arbitraries.of(
                new Fact("licensee.monthlyActiveUsers", p -> p.licenseeOrEmpty().monthlyActiveUsers() != null ? null
                        : withLicensee(p, new UsageProfile.Licensee(p.licenseeOrEmpty().type(), p.licenseeOrEmpty().country(), 5_000L, p.licenseeOrEmpty().annualRevenueUsd()))),
                new Fact("licensee.annualRevenueUsd", p -> p.licenseeOrEmpty().annualRevenueUsd() != null ? null
                        : withLicensee(p, new UsageProfile.Licensee(p.licenseeOrEmpty().type(), p.licenseeOrEmpty().country(), p.licenseeOrEmpty().monthlyActiveUsers(), 2_000_000L))),
                new Fact("licensee.country", p -> p.licenseeOrEmpty().country() != null ? null
                        : withLicensee(p, new UsageProfile.Licensee(p.licenseeOrEmpty().type(), "DE", p.licenseeOrEmpty().monthlyActiveUsers(), p.licenseeOrEmpty().annualRevenueUsd()))),
                new Fact("use.purposes", p -> p.useOrEmpty().purposes() != null ? null
                        : withUse(p, new UsageProfile.Use(p.useOrEmpty().commercial(), List.of(Purpose.SEARCH), null, p.useOrEmpty().accessMode(), p.useOrEmpty().offersAsHostedService()))),
                new Fact("use.commercial", p -> p.useOrEmpty().commercial() != null ? null
                        : withUse(p, new UsageProfile.Use(true, p.useOrEmpty().purposes(), null, p.useOrEmpty().accessMode(), p.useOrEmpty().offersAsHostedService()))),
                new Fact("use.offersAsHostedService", p -> p.useOrEmpty().offersAsHostedService() != null ? null
                        : withUse(p, new UsageProfile.Use(p.useOrEmpty().commercial(), p.useOrEmpty().purposes(), null, p.useOrEmpty().accessMode(), true))),
                new Fact("modification.redistributesWeights", p -> p.modificationOrEmpty().redistributesWeights() != null ? null
                        : withModification(p, new UsageProfile.Modification(p.modificationOrEmpty().finetunes(), false, p.modificationOrEmpty().derivativeName(), p.modificationOrEmpty().usesOutputsToTrainOtherModels()))),
                new Fact("modification.usesOutputsToTrainOtherModels", p -> p.modificationOrEmpty().usesOutputsToTrainOtherModels() != null ? null
                        : withModification(p, new UsageProfile.Modification(p.modificationOrEmpty().finetunes(), p.modificationOrEmpty().redistributesWeights(), p.modificationOrEmpty().derivativeName(), true))));
    }

    private static UsageProfile withLicensee(UsageProfile p, UsageProfile.Licensee l) {
        return new UsageProfile(p.model(), null, l, p.use(), p.modification(), p.compliance(), p.data());
    }

    private static UsageProfile withUse(UsageProfile p, UsageProfile.Use u) {
        return new UsageProfile(p.model(), null, p.licensee(), u, p.modification(), p.compliance(), p.data());
    }

    private static UsageProfile withModification(UsageProfile p, UsageProfile.Modification m) {
        return new UsageProfile(p.model(), null, p.licensee(), p.use(), m, p.compliance(), p.data());
    }
}
