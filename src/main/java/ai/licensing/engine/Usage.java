package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.License;
import ai.licensing.catalog.Model;
import ai.licensing.model.AccessMode;
import ai.licensing.model.Fact;
import ai.licensing.model.IsoDates;
import ai.licensing.model.Purpose;
import ai.licensing.model.UsageProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The usage under evaluation, as the rules see it: one usage profile read against one license (and model).
 *
 * <p>Rules match on its plain properties in {@code when} (license, model, purposes, access mode…) and, in
 * {@code then}, call one of the helpers at the bottom ({@link #deny}, {@link #review}, {@link #duty},
 * {@link #oblige}, {@link #needsFacts}, {@link #note}) with three-valued facts ({@link Tri}) from the middle
 * section. This class is the lawyers' vocabulary only: the facts themselves are defined once in the registry
 * ({@link Fact}), and the conventions of what a rule concludes live in {@link Outcomes}.
 */
public final class Usage {

    /** Every fact's three values, made once (Tri is immutable): each helper answers with one of them. */
    private static final Map<Fact, Tri[]> ANSWERS = Arrays.stream(Fact.values())
            .collect(Collectors.toMap(f -> f, f -> Tri.ofEach(f.path()), (a, b) -> a, () -> new EnumMap<>(Fact.class)));

    /** The id lists rules name ({@code "individual, academic"}), each read once: rules name the same few every decision. */
    private static final Map<String, Set<String>> ID_LISTS = new ConcurrentHashMap<>();

    private final UsageProfile profile;
    private final License license;
    private final Model model;
    private final Catalog catalog;
    private final PurposeGroups purposeGroups;
    private final Findings findings;
    private final Outcomes outcomes;
    private final List<String> purposes;
    private final Comparisons comparisons;
    /** Derived answers, worked out on first use: a usage belongs to one decision on one thread. */
    private Tri sharesModel;
    private Tri makesAvailable;

    Usage(UsageProfile profile, License license, Model model, Ruleset ruleset, Findings findings, Comparisons comparisons) {
        this.comparisons = comparisons;
        this.profile = profile;
        this.license = license;
        this.model = model;
        this.catalog = ruleset.catalog();
        this.purposeGroups = ruleset.purposeGroups();
        this.findings = findings;
        this.outcomes = new Outcomes(license, profile, findings);
        this.purposes = ids(profile.useOrEmpty().purposes());
    }

    /** The stated purposes' ids, each once, in the order stated; null when purposes are unknown. */
    private static List<String> ids(List<Purpose> stated) {
        if (stated == null) {
            return null;
        }
        // A set, not a list search: a profile may state up to licensing.limits.max-list-length purposes.
        Set<String> ids = new LinkedHashSet<>();
        for (Purpose purpose : stated) {
            ids.add(purpose.id());
        }
        return List.copyOf(ids);
    }

    Findings findings() {
        return findings;
    }

    // ---- Plain properties, for the "when" part of rules -------------------------------------------------

    /** The id of the license being evaluated. */
    public String getLicense() {
        return license.id();
    }

    /** The catalog model id, or null for a license-only request. */
    public String getModel() {
        return model == null ? null : model.id();
    }

    /** Whether the catalog marks the model multimodal; null for a license-only request. */
    public Boolean getMultimodal() {
        return model == null ? null : model.multimodal();
    }

    /** {@code weights} or {@code api}; null when unknown. */
    public String getAccessMode() {
        return text(Fact.ACCESS_MODE);
    }

    /** True when a model is named, the access mode is known, and the catalog offers the model that way. */
    public Boolean getAccessModeOffered() {
        AccessMode mode = profile.useOrEmpty().accessMode();
        return model == null || mode == null ? null : model.offers(mode);
    }

    /** The access modes the catalog offers for the model, for messages ({@code weights, api}). */
    public String getOfferedAccessModes() {
        return model == null ? "" : String.join(", ", model.accessModes().stream().map(AccessMode::id).toList());
    }

    public String getLicenseeType() {
        return text(Fact.LICENSEE_TYPE);
    }

    public String getCountry() {
        return text(Fact.COUNTRY);
    }

    public Long getMonthlyActiveUsers() {
        return (Long) Fact.MONTHLY_ACTIVE_USERS.valueIn(profile);
    }

    public Long getAnnualRevenueUsd() {
        return (Long) Fact.ANNUAL_REVENUE.valueIn(profile);
    }

    public Boolean getEndUserOnly() {
        return bool(Fact.END_USER_ONLY);
    }

    public Long getMonthlyRevenueUsd() {
        return (Long) Fact.MONTHLY_REVENUE.valueIn(profile);
    }

    /** {@code YYYY-MM-DD}; dates in this form compare as text in the order of time. */
    public String getTermsAcceptedOn() {
        return text(Fact.TERMS_ACCEPTED_ON);
    }

    /** The clause ids ({@code license:section}) and license ids of separate agreements held; null when unknown. */
    public List<String> getAgreements() {
        return profile.licenseeOrEmpty().agreements();
    }

    public Boolean getCommercial() {
        return bool(Fact.COMMERCIAL);
    }

    /** The stated purposes (vocabulary ids), or null when unknown; an empty list is "known: none". */
    public List<String> getPurposes() {
        return purposes;
    }

    /** ISO codes of where the model or product is offered; null when unknown, empty when known: nowhere. */
    public List<String> getDeploymentCountries() {
        return profile.useOrEmpty().deploymentCountries();
    }

    public Boolean getOffersAsHostedService() {
        return bool(Fact.HOSTED);
    }

    public Boolean getProduction() {
        return bool(Fact.PRODUCTION);
    }

    public Boolean getPaidTier() {
        return bool(Fact.PAID_TIER);
    }

    public Boolean getMinorsMayAccess() {
        return bool(Fact.MINORS_MAY_ACCESS);
    }

    public Boolean getHumanOversight() {
        return bool(Fact.HUMAN_OVERSIGHT);
    }

    public Boolean getDisclosesAI() {
        return bool(Fact.DISCLOSES_AI);
    }

    public Boolean getFinetunes() {
        return bool(Fact.FINETUNES);
    }

    public Boolean getRedistributesWeights() {
        return bool(Fact.REDISTRIBUTES);
    }

    public Boolean getUsesOutputsToTrainOtherModels() {
        return bool(Fact.TRAINS_OTHER_MODELS);
    }

    /** {@code same-family}, {@code llm}, {@code classifier} or {@code other-generative}; null when unknown. */
    public String getTrainedModelKind() {
        return text(Fact.TRAINED_MODEL_KIND);
    }

    public Boolean getTrainedModelMadeAvailable() {
        return bool(Fact.TRAINED_MODEL_MADE_AVAILABLE);
    }

    public Boolean getSendsHealthData() {
        return bool(Fact.HEALTH_DATA);
    }

    public Boolean getSendsPersonalData() {
        return bool(Fact.PERSONAL_DATA);
    }

    public Boolean getSendsSpecialCategoryData() {
        return bool(Fact.SPECIAL_CATEGORY_DATA);
    }

    public Boolean getOptedIntoProviderTraining() {
        return bool(Fact.OPTED_INTO_PROVIDER_TRAINING);
    }

    /** Whether the licensee's domicile is an EU member state (catalog/regions.yaml); null when the country is unknown. */
    public Boolean getEuLicensee() {
        comparisons.operands(Fact.COUNTRY.path(), catalog.euMemberStates());
        String country = getCountry();
        return country == null ? null : catalog.euMemberStates().contains(country);
    }

    public String getDerivativeName() {
        return text(Fact.DERIVATIVE_NAME);
    }

    private Boolean bool(Fact fact) {
        return (Boolean) fact.valueIn(profile);
    }

    /** A text fact, or the id of a vocabulary fact, as rules compare it ({@code accessMode == "api"}). */
    private String text(Fact fact) {
        return (String) fact.wireValueIn(profile);
    }

    /**
     * The stated purposes that are among the given purpose ids and/or group names of catalog/purposes.yaml
     * ({@code "military, nuclear"}, {@code "automated-decisions"}); empty when purposes are unknown.
     * Rules iterate over it: {@code $purpose : String() from $u.purposesIn("military, nuclear")}.
     */
    public List<String> purposesIn(String idsOrGroups) {
        if (comparisons.recording()) {
            comparisons.operands(Fact.PURPOSES.path(), purposeGroups.expand(idsOrGroups));
        }
        if (purposes == null) {
            return List.of();
        }
        Set<String> wanted = purposeGroups.expand(idsOrGroups);
        List<String> found = new ArrayList<>();
        for (String p : purposes) {
            if (wanted.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    // ---- Three-valued facts, for the helpers ------------------------------------------------------------

    /** DIST: the weights (original or derivative) go to a third party. */
    public Tri distributesWeights() {
        return flag(Fact.REDISTRIBUTES);
    }

    /** HOST: the model itself is offered to third parties as a hosted service or API. */
    public Tri hostsForOthers() {
        return flag(Fact.HOSTED);
    }

    /** SHARE: the weights or the model reach a third party (DIST or HOST). */
    public Tri sharesModel() {
        // A rule's guard asks before its helper does, and several rules ask: worked out once per decision.
        if (sharesModel == null) {
            sharesModel = distributesWeights().or(hostsForOthers());
        }
        return sharesModel;
    }

    /**
     * AVAIL: the model, or a product or service using it, is made available to third parties: SHARE, or a
     * stated purpose outside the {@code internal-only} group of catalog/purposes.yaml.
     */
    public Tri makesAvailable() {
        if (makesAvailable == null) {
            Set<String> internalOnly = purposeGroups.expand(PurposeGroups.INTERNAL_ONLY);
            Tri outward = answer(Fact.PURPOSES, purposes == null ? null : purposes.stream().anyMatch(p -> !internalOnly.contains(p)));
            makesAvailable = sharesModel().or(outward);
        }
        return makesAvailable;
    }

    /** MODIFIES: the licensee fine-tunes or otherwise modifies the model. */
    public Tri modifiesModel() {
        return flag(Fact.FINETUNES);
    }

    public Tri trainsOtherModelsOnOutputs() {
        return flag(Fact.TRAINS_OTHER_MODELS);
    }

    public Tri commercialUse() {
        return flag(Fact.COMMERCIAL);
    }

    /** EU: the licensee's domicile is an EU member state (catalog/regions.yaml). */
    public Tri domiciledInEu() {
        Boolean eu = getEuLicensee();
        return answer(Fact.COUNTRY, eu);
    }

    /** Named apart from the {@code sendsHealthData} property, which Drools would otherwise resolve to this. */
    public Tri healthDataSent() {
        return flag(Fact.HEALTH_DATA);
    }

    public Tri personalDataSent() {
        return flag(Fact.PERSONAL_DATA);
    }

    public Tri specialCategoryDataSent() {
        return flag(Fact.SPECIAL_CATEGORY_DATA);
    }

    public Tri optedIntoProviderTraining() {
        return flag(Fact.OPTED_INTO_PROVIDER_TRAINING);
    }

    /** The licensee only receives the model inside a third party's end-user product. */
    public Tri endUserOnly() {
        return flag(Fact.END_USER_ONLY);
    }

    public Tri inProduction() {
        return flag(Fact.PRODUCTION);
    }

    public Tri paidTier() {
        return flag(Fact.PAID_TIER);
    }

    public Tri minorsMayAccess() {
        return flag(Fact.MINORS_MAY_ACCESS);
    }

    public Tri humanOversight() {
        return flag(Fact.HUMAN_OVERSIGHT);
    }

    public Tri disclosesAI() {
        return flag(Fact.DISCLOSES_AI);
    }

    public Tri trainedModelMadeAvailable() {
        return flag(Fact.TRAINED_MODEL_MADE_AVAILABLE);
    }

    /** Whether the model trained on the outputs is of one of the given kinds ({@code "llm, other-generative"}). */
    public Tri trainedModelKindIn(String kinds) {
        return oneOf(Fact.TRAINED_MODEL_KIND, kinds);
    }

    /** Whether the terms were accepted before the given day ({@code "2025-03-24"}); that day itself is not before. */
    public Tri termsAcceptedBefore(String isoDate) {
        comparisons.operands(Fact.TERMS_ACCEPTED_ON.path(), Set.of(isoDate));
        String accepted = getTermsAcceptedOn();
        return answer(Fact.TERMS_ACCEPTED_ON, accepted == null ? null : IsoDates.parse(accepted).isBefore(IsoDates.parse(isoDate)));
    }

    /** Any deployment country is among the codes and regions ({@code "eu, GB, CH"}); false when known: nowhere. */
    public Tri deploysIn(String codesOrRegions) {
        List<String> where = getDeploymentCountries();
        Set<String> wanted = catalog.regions().countriesIn(codesOrRegions);
        comparisons.operands(Fact.DEPLOYMENT_COUNTRIES.path(), wanted);
        return answer(Fact.DEPLOYMENT_COUNTRIES, where == null ? null : where.stream().anyMatch(wanted::contains));
    }

    /** Every deployment country is among the codes and regions; true when known: nowhere. */
    public Tri deploysOnlyIn(String codesOrRegions) {
        List<String> where = getDeploymentCountries();
        Set<String> wanted = catalog.regions().countriesIn(codesOrRegions);
        comparisons.operands(Fact.DEPLOYMENT_COUNTRIES.path(), wanted);
        return answer(Fact.DEPLOYMENT_COUNTRIES, where == null ? null : wanted.containsAll(where));
    }

    /** The licensee's domicile is among the codes and regions ({@code "eu, GB"}). */
    public Tri domiciledIn(String codesOrRegions) {
        String country = getCountry();
        Set<String> wanted = catalog.regions().countriesIn(codesOrRegions);
        comparisons.operands(Fact.COUNTRY.path(), wanted);
        return answer(Fact.COUNTRY, country == null ? null : wanted.contains(country));
    }

    public Tri monthlyRevenueAbove(long threshold) {
        return above(getMonthlyRevenueUsd(), threshold, Fact.MONTHLY_REVENUE);
    }

    public Tri monthlyActiveUsersAbove(long threshold) {
        return above(getMonthlyActiveUsers(), threshold, Fact.MONTHLY_ACTIVE_USERS);
    }

    public Tri annualRevenueAbove(long threshold) {
        return above(getAnnualRevenueUsd(), threshold, Fact.ANNUAL_REVENUE);
    }

    /** "More than N" is strictly greater: exactly N is not over. */
    private Tri above(Long value, long threshold, Fact fact) {
        comparisons.threshold(fact.path(), threshold);
        return answer(fact, value == null ? null : value > threshold);
    }

    /** Whether any stated purpose is among the given ids/groups; unknown while purposes are unknown. */
    public Tri hasPurposeIn(String idsOrGroups) {
        List<String> found = purposesIn(idsOrGroups);
        return answer(Fact.PURPOSES, purposes == null ? null : !found.isEmpty());
    }

    public Tri accessModeIs(String mode) {
        comparisons.operands(Fact.ACCESS_MODE.path(), Set.of(mode));
        String stated = getAccessMode();
        return answer(Fact.ACCESS_MODE, stated == null ? null : stated.equals(mode));
    }

    /** Whether the licensee type is one of the given ids ({@code "company"}, {@code "individual, academic"}). */
    public Tri licenseeTypeIn(String types) {
        return oneOf(Fact.LICENSEE_TYPE, types);
    }

    /** A vocabulary fact's id is one of a comma-separated list; unknown while the fact is. */
    private Tri oneOf(Fact fact, String ids) {
        String stated = text(fact);
        return answer(fact, stated == null ? null : ID_LISTS.computeIfAbsent(ids, Usage::idsOf).contains(stated));
    }

    private static Set<String> idsOf(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }

    /** A yes/no fact of the profile as a three-valued fact: null is unknown. */
    private Tri flag(Fact fact) {
        return answer(fact, bool(fact));
    }

    /** The answer about one fact: null is unknown. */
    private static Tri answer(Fact fact, Boolean value) {
        return Tri.pick(ANSWERS.get(fact), value);
    }

    /**
     * Whether the derivative's public name begins with the prefix, compared case-insensitively after reading
     * '-' and '_' as spaces ({@code llama-3-acme} begins with "Llama 3").
     */
    public Tri derivativeNameStartsWith(String prefix) {
        comparisons.operands(Fact.DERIVATIVE_NAME.path(), Set.of(prefix));
        String name = getDerivativeName();
        return answer(Fact.DERIVATIVE_NAME, name == null ? null : normalise(name).startsWith(normalise(prefix)));
    }

    private static String normalise(String name) {
        return name.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).trim();
    }

    public Tri includesLicenseCopy() {
        return flag(Fact.LICENSE_COPY);
    }

    public Tri displaysAttribution() {
        return flag(Fact.ATTRIBUTION);
    }

    public Tri passesUseRestrictionsDownstream() {
        return flag(Fact.RESTRICTIONS_DOWNSTREAM);
    }

    public Tri statesModifications() {
        return flag(Fact.STATES_MODIFICATIONS);
    }

    // ---- Outcomes: what a rule concludes (conventions in Outcomes) ---------------------------------------

    /** The clause forbids the use as stated. */
    public void deny(String reason, String remedy) {
        outcomes.deny(reason, remedy);
    }

    /** DENY when the condition is true; REVIEW naming the unknown facts when it is unknown; nothing when false. */
    public void deny(Tri condition, String reason, String remedy) {
        outcomes.deny(condition, reason, remedy);
    }

    /** The clause needs human legal judgment: REVIEW with no missing fact. */
    public void review(String reason, String remedy) {
        outcomes.review(reason, remedy);
    }

    /** Judgment when the condition is true; REVIEW naming the unknown facts when it is unknown; else nothing. */
    public void review(Tri condition, String reason, String remedy) {
        outcomes.review(condition, reason, remedy);
    }

    /** A duty nothing in the profile can confirm: OBLIGATION. */
    public void oblige(String reason, String remedy) {
        outcomes.oblige(reason, remedy);
    }

    /**
     * A duty that applies when {@code trigger} holds and is met when {@code confirmed} holds: nothing, satisfied,
     * DENY, REVIEW or OBLIGATION as {@link Outcomes#duty} explains.
     */
    public void duty(Tri trigger, Tri confirmed, String duty, String remedy) {
        outcomes.duty(trigger, confirmed, duty, remedy);
    }

    /** The clause cannot be decided until these facts (dotted paths) are stated: REVIEW naming them. */
    public void needsFacts(String... facts) {
        outcomes.needsFacts(facts);
    }

    /** A clause that applies and is satisfied, or a note worth showing. */
    public void note(String reason) {
        outcomes.note(reason);
    }
}
