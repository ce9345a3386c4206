package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.License;
import ai.licensing.catalog.Model;
import ai.licensing.model.AccessMode;
import ai.licensing.model.Effect;
import ai.licensing.model.Purpose;
import ai.licensing.model.UsageProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The usage under evaluation, as the rules see it: one usage profile read against one license (and model).
 *
 * <p>Rules match on its plain properties in {@code when} (license, model, purposes, access mode…) and, in
 * {@code then}, call one of the helpers at the bottom ({@link #deny}, {@link #review}, {@link #duty},
 * {@link #oblige}, {@link #needsFacts}, {@link #note}) with three-valued facts ({@link Tri}) from the middle
 * section. The helpers apply the conventions of the clause brief, so no rule repeats them.
 */
public final class Usage {

    // Dotted paths of the profile facts, as they appear in missingFacts.
    public static final String MODEL = "model";
    public static final String LICENSEE_TYPE = "licensee.type";
    public static final String COUNTRY = "licensee.country";
    public static final String MAU = "licensee.monthlyActiveUsers";
    public static final String REVENUE = "licensee.annualRevenueUsd";
    public static final String COMMERCIAL = "use.commercial";
    public static final String PURPOSES = "use.purposes";
    public static final String ACCESS_MODE = "use.accessMode";
    public static final String HOSTED = "use.offersAsHostedService";
    public static final String FINETUNES = "modification.finetunes";
    public static final String REDISTRIBUTES = "modification.redistributesWeights";
    public static final String DERIVATIVE_NAME = "modification.derivativeName";
    public static final String TRAINS_OTHERS = "modification.usesOutputsToTrainOtherModels";
    public static final String LICENSE_COPY = "compliance.includesLicenseCopy";
    public static final String ATTRIBUTION = "compliance.displaysAttribution";
    public static final String RESTRICTIONS_DOWNSTREAM = "compliance.passesUseRestrictionsDownstream";
    public static final String STATES_MODIFICATIONS = "compliance.statesModifications";
    public static final String HEALTH_DATA = "data.sendsHealthData";
    public static final String PERSONAL_DATA = "data.sendsPersonalData";

    private static final Set<String> INTERNAL_ONLY = Set.of(Purpose.INTERNAL_TOOLS.id(), Purpose.RESEARCH.id());

    private final UsageProfile profile;
    private final License license;
    private final Model model;
    private final Catalog catalog;
    private final PurposeGroups purposeGroups;
    private final Findings findings;
    private final List<String> purposes;
    private final Comparisons comparisons;

    Usage(UsageProfile profile, License license, Model model, Ruleset ruleset, Findings findings, Comparisons comparisons) {
        this.comparisons = comparisons;
        this.profile = profile;
        this.license = license;
        this.model = model;
        this.catalog = ruleset.catalog();
        this.purposeGroups = ruleset.purposeGroups();
        this.findings = findings;
        List<Purpose> stated = profile.useOrEmpty().purposes();
        this.purposes = stated == null ? null : stated.stream().map(Purpose::id).distinct().toList();
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
        AccessMode mode = profile.useOrEmpty().accessMode();
        return mode == null ? null : mode.id();
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
        return profile.licenseeOrEmpty().type() == null ? null : profile.licenseeOrEmpty().type().id();
    }

    public String getCountry() {
        return profile.licenseeOrEmpty().country();
    }

    public Long getMonthlyActiveUsers() {
        return profile.licenseeOrEmpty().monthlyActiveUsers();
    }

    public Long getAnnualRevenueUsd() {
        return profile.licenseeOrEmpty().annualRevenueUsd();
    }

    public Boolean getCommercial() {
        return profile.useOrEmpty().commercial();
    }

    /** The stated purposes (vocabulary ids), or null when unknown; an empty list is "known: none". */
    public List<String> getPurposes() {
        return purposes;
    }

    public Boolean getOffersAsHostedService() {
        return profile.useOrEmpty().offersAsHostedService();
    }

    public Boolean getFinetunes() {
        return profile.modificationOrEmpty().finetunes();
    }

    public Boolean getRedistributesWeights() {
        return profile.modificationOrEmpty().redistributesWeights();
    }

    public Boolean getUsesOutputsToTrainOtherModels() {
        return profile.modificationOrEmpty().usesOutputsToTrainOtherModels();
    }

    public Boolean getSendsHealthData() {
        return profile.dataOrEmpty().sendsHealthData();
    }

    public Boolean getSendsPersonalData() {
        return profile.dataOrEmpty().sendsPersonalData();
    }

    /** Whether the licensee's domicile is an EU member state (catalog/regions.yaml); null when the country is unknown. */
    public Boolean getEuLicensee() {
        comparisons.operands(COUNTRY, catalog.euMemberStates());
        String country = getCountry();
        return country == null ? null : catalog.euMemberStates().contains(country);
    }

    public String getDerivativeName() {
        return profile.modificationOrEmpty().derivativeName();
    }

    /**
     * The stated purposes that are among the given purpose ids and/or group names of catalog/purposes.yaml
     * ({@code "military, nuclear"}, {@code "automated-decisions"}); empty when purposes are unknown.
     * Rules iterate over it: {@code $purpose : String() from $u.purposesIn("military, nuclear")}.
     */
    public List<String> purposesIn(String idsOrGroups) {
        if (comparisons.recording()) {
            comparisons.operands(PURPOSES, purposeGroups.expand(idsOrGroups));
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
        return Tri.of(profile.modificationOrEmpty().redistributesWeights(), REDISTRIBUTES);
    }

    /** HOST: the model itself is offered to third parties as a hosted service or API. */
    public Tri hostsForOthers() {
        return Tri.of(profile.useOrEmpty().offersAsHostedService(), HOSTED);
    }

    /** SHARE: the weights or the model reach a third party (DIST or HOST). */
    public Tri sharesModel() {
        return distributesWeights().or(hostsForOthers());
    }

    /**
     * AVAIL: the model, or a product or service using it, is made available to third parties: SHARE, or a
     * stated purpose other than internal tools and research.
     */
    public Tri makesAvailable() {
        Tri outward = purposes == null ? Tri.unknown(PURPOSES)
                : Tri.known(purposes.stream().anyMatch(p -> !INTERNAL_ONLY.contains(p)), PURPOSES);
        return sharesModel().or(outward);
    }

    /** MODIFIES: the licensee fine-tunes or otherwise modifies the model. */
    public Tri modifiesModel() {
        return Tri.of(profile.modificationOrEmpty().finetunes(), FINETUNES);
    }

    public Tri trainsOtherModelsOnOutputs() {
        return Tri.of(profile.modificationOrEmpty().usesOutputsToTrainOtherModels(), TRAINS_OTHERS);
    }

    public Tri commercialUse() {
        return Tri.of(profile.useOrEmpty().commercial(), COMMERCIAL);
    }

    /** EU: the licensee's domicile is an EU member state (catalog/regions.yaml). */
    public Tri domiciledInEu() {
        Boolean eu = getEuLicensee();
        return eu == null ? Tri.unknown(COUNTRY) : Tri.known(eu, COUNTRY);
    }

    /** Named apart from the {@code sendsHealthData} property, which Drools would otherwise resolve to this. */
    public Tri healthDataSent() {
        return Tri.of(profile.dataOrEmpty().sendsHealthData(), HEALTH_DATA);
    }

    public Tri monthlyActiveUsersAbove(long threshold) {
        return above(getMonthlyActiveUsers(), threshold, MAU);
    }

    public Tri annualRevenueAbove(long threshold) {
        return above(getAnnualRevenueUsd(), threshold, REVENUE);
    }

    /** "More than N" is strictly greater: exactly N is not over. */
    private Tri above(Long value, long threshold, String fact) {
        comparisons.threshold(fact, threshold);
        return value == null ? Tri.unknown(fact) : Tri.known(value > threshold, fact);
    }

    /** Whether any stated purpose is among the given ids/groups; unknown while purposes are unknown. */
    public Tri hasPurposeIn(String idsOrGroups) {
        if (purposes == null && comparisons.recording()) {
            comparisons.operands(PURPOSES, purposeGroups.expand(idsOrGroups));
        }
        return purposes == null ? Tri.unknown(PURPOSES) : Tri.known(!purposesIn(idsOrGroups).isEmpty(), PURPOSES);
    }

    public Tri accessModeIs(String mode) {
        comparisons.operands(ACCESS_MODE, Set.of(mode));
        String stated = getAccessMode();
        return stated == null ? Tri.unknown(ACCESS_MODE) : Tri.known(stated.equals(mode), ACCESS_MODE);
    }

    /** Whether the licensee type is one of the given ids ({@code "company"}, {@code "individual, academic"}). */
    public Tri licenseeTypeIn(String types) {
        String stated = getLicenseeType();
        return stated == null ? Tri.unknown(LICENSEE_TYPE)
                : Tri.known(Arrays.stream(types.split(",")).map(String::trim).anyMatch(stated::equals), LICENSEE_TYPE);
    }

    /**
     * Whether the derivative's public name begins with the prefix, compared case-insensitively after reading
     * '-' and '_' as spaces ({@code llama-3-acme} begins with "Llama 3").
     */
    public Tri derivativeNameStartsWith(String prefix) {
        comparisons.operands(DERIVATIVE_NAME, Set.of(prefix));
        String name = getDerivativeName();
        return name == null ? Tri.unknown(DERIVATIVE_NAME)
                : Tri.known(normalise(name).startsWith(normalise(prefix)), DERIVATIVE_NAME);
    }

    private static String normalise(String name) {
        return name.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).trim();
    }

    public Tri includesLicenseCopy() {
        return Tri.of(profile.complianceOrEmpty().includesLicenseCopy(), LICENSE_COPY);
    }

    public Tri displaysAttribution() {
        return Tri.of(profile.complianceOrEmpty().displaysAttribution(), ATTRIBUTION);
    }

    public Tri passesUseRestrictionsDownstream() {
        return Tri.of(profile.complianceOrEmpty().passesUseRestrictionsDownstream(), RESTRICTIONS_DOWNSTREAM);
    }

    public Tri statesModifications() {
        return Tri.of(profile.complianceOrEmpty().statesModifications(), STATES_MODIFICATIONS);
    }

    // ---- Outcomes: what a rule concludes -------------------------------------------------------------------

    /** The clause forbids the use as stated. */
    public void deny(String reason, String remedy) {
        emit(Effect.DENY, reason, remedy, Set.of());
    }

    /**
     * A prohibition or threshold: DENY when the condition is true; REVIEW naming the unknown facts when it is
     * unknown (R1); nothing when it is false.
     */
    public void deny(Tri condition, String reason, String remedy) {
        if (condition.isTrue()) {
            deny(reason, remedy);
        } else if (condition.isUnknown()) {
            needsFacts(condition.missing());
        }
    }

    /** The clause needs human legal judgment (R2): REVIEW with no missing fact. */
    public void review(String reason, String remedy) {
        emit(Effect.REVIEW, reason, remedy, Set.of());
    }

    /** Judgment when the condition is true; REVIEW naming the unknown facts when it is unknown; else nothing. */
    public void review(Tri condition, String reason, String remedy) {
        if (condition.isTrue()) {
            review(reason, remedy);
        } else if (condition.isUnknown()) {
            needsFacts(condition.missing());
        }
    }

    /** A duty nothing in the profile can confirm (R4): OBLIGATION. */
    public void oblige(String reason, String remedy) {
        emit(Effect.OBLIGATION, reason, remedy, Set.of());
    }

    /**
     * A duty that applies when {@code trigger} holds and is met when {@code confirmed} holds (pattern O):
     * trigger false → nothing; confirmed true → satisfied; confirmed false → DENY (trigger true) or REVIEW naming
     * the unknown trigger facts; confirmed unknown → OBLIGATION.
     */
    public void duty(Tri trigger, Tri confirmed, String duty, String remedy) {
        if (trigger.isFalse() || confirmed.isTrue()) {
            return;
        }
        if (confirmed.isUnknown()) {
            emit(Effect.OBLIGATION, duty + " The profile does not confirm it (" + String.join(", ", confirmed.missing())
                    + " not stated).", remedy, Set.of());
        } else if (trigger.isTrue()) {
            emit(Effect.DENY, duty + " The profile states it will not be done (" + stated(confirmed) + ").", remedy, Set.of());
        } else {
            emit(Effect.REVIEW, duty + " The profile states it will not be done (" + stated(confirmed)
                    + "); whether the duty applies depends on " + String.join(", ", trigger.missing()) + ".",
                    remedy, trigger.missing());
        }
    }

    /** The facts behind a value as the profile states them: {@code modification.derivativeName = "acme-chat"}. */
    private String stated(Tri fact) {
        return String.join(", ", fact.facts().stream().map(f -> f + " = " + valueOf(f)).toList());
    }

    private String valueOf(String fact) {
        Object value = switch (fact) {
            case MODEL -> getModel();
            case LICENSEE_TYPE -> getLicenseeType();
            case COUNTRY -> getCountry();
            case MAU -> getMonthlyActiveUsers();
            case REVENUE -> getAnnualRevenueUsd();
            case COMMERCIAL -> getCommercial();
            case PURPOSES -> getPurposes();
            case ACCESS_MODE -> getAccessMode();
            case HOSTED -> getOffersAsHostedService();
            case FINETUNES -> getFinetunes();
            case REDISTRIBUTES -> getRedistributesWeights();
            case DERIVATIVE_NAME -> getDerivativeName() == null ? null : "\"" + getDerivativeName() + "\"";
            case TRAINS_OTHERS -> getUsesOutputsToTrainOtherModels();
            case LICENSE_COPY -> profile.complianceOrEmpty().includesLicenseCopy();
            case ATTRIBUTION -> profile.complianceOrEmpty().displaysAttribution();
            case RESTRICTIONS_DOWNSTREAM -> profile.complianceOrEmpty().passesUseRestrictionsDownstream();
            case STATES_MODIFICATIONS -> profile.complianceOrEmpty().statesModifications();
            case HEALTH_DATA -> getSendsHealthData();
            case PERSONAL_DATA -> getSendsPersonalData();
            default -> "?";
        };
        return String.valueOf(value);
    }

    /** The clause cannot be decided until these facts are stated: REVIEW naming them (R1, R5). */
    public void needsFacts(String... facts) {
        needsFacts(new LinkedHashSet<>(Arrays.asList(facts)));
    }

    private void needsFacts(Set<String> facts) {
        String list = String.join(", ", facts);
        emit(Effect.REVIEW, "Whether this clause restricts the use depends on " + list + ", which the profile does not state.",
                "State " + list + " to get a decision on this clause.", facts);
    }

    /** A clause that applies and is satisfied, or a note worth showing. */
    public void note(String reason) {
        emit(Effect.INFO, reason, "", Set.of());
    }

    private void emit(Effect effect, String reason, String remedy, Set<String> missing) {
        findings.add(license.id(), license.url(), effect, reason, remedy, missing);
    }
}
