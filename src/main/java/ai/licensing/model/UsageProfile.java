package ai.licensing.model;

/**
 * The usage profile of contract section 1. Every field may be null: null means "unknown",
 * never false or zero. An empty list means "known: none".
 */
public record UsageProfile(
        String model,
        String license,
        Licensee licensee,
        Use use,
        Modification modification,
        Compliance compliance,
        Data data) {

    public Licensee licenseeOrEmpty() {
        return licensee == null ? Licensee.UNKNOWN : licensee;
    }

    public Use useOrEmpty() {
        return use == null ? Use.UNKNOWN : use;
    }

    public Modification modificationOrEmpty() {
        return modification == null ? Modification.UNKNOWN : modification;
    }

    public Compliance complianceOrEmpty() {
        return compliance == null ? Compliance.UNKNOWN : compliance;
    }

    public Data dataOrEmpty() {
        return data == null ? Data.UNKNOWN : data;
    }

    /** The same profile for another model (the compare call evaluates one profile per catalog model). */
    public UsageProfile forModel(String modelId) {
        return new UsageProfile(modelId, null, licensee, use, modification, compliance, data);
    }

    public record Licensee(LicenseeType type, String country, Long monthlyActiveUsers, Long annualRevenueUsd) {
        static final Licensee UNKNOWN = new Licensee(null, null, null, null);
    }

    public record Use(Boolean commercial, java.util.List<Purpose> purposes, java.util.List<String> deploymentCountries,
                      AccessMode accessMode, Boolean offersAsHostedService) {
        static final Use UNKNOWN = new Use(null, null, null, null, null);
    }

    public record Modification(Boolean finetunes, Boolean redistributesWeights, String derivativeName,
                               Boolean usesOutputsToTrainOtherModels) {
        static final Modification UNKNOWN = new Modification(null, null, null, null);
    }

    public record Compliance(Boolean includesLicenseCopy, Boolean displaysAttribution,
                             Boolean passesUseRestrictionsDownstream, Boolean statesModifications) {
        static final Compliance UNKNOWN = new Compliance(null, null, null, null);
    }

    public record Data(Boolean sendsPersonalData, Boolean sendsHealthData) {
        static final Data UNKNOWN = new Data(null, null);
    }
}
