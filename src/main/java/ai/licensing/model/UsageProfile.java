package ai.licensing.model;

import java.util.List;

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

    /** The same profile for a license without a model (a bill of materials component known only by its license). */
    public UsageProfile forLicense(String licenseId) {
        return new UsageProfile(null, licenseId, licensee, use, modification, compliance, data);
    }

    /** Version 2 added the fields from {@code endUserOnly} on (contract §6.1); version 1 profiles leave them unknown. */
    public record Licensee(LicenseeType type, String country, Long monthlyActiveUsers, Long annualRevenueUsd,
                           Boolean endUserOnly, Long monthlyRevenueUsd, String termsAcceptedOn, List<String> agreements) {
        static final Licensee UNKNOWN = new Licensee(null, null, null, null);

        /** A version 1 licensee. */
        public Licensee(LicenseeType type, String country, Long monthlyActiveUsers, Long annualRevenueUsd) {
            this(type, country, monthlyActiveUsers, annualRevenueUsd, null, null, null, null);
        }
    }

    public record Use(Boolean commercial, List<Purpose> purposes, List<String> deploymentCountries,
                      AccessMode accessMode, Boolean offersAsHostedService,
                      Boolean production, Boolean paidTier, Boolean minorsMayAccess, Boolean humanOversight,
                      Boolean disclosesAI) {
        static final Use UNKNOWN = new Use(null, null, null, null, null);

        /** A version 1 use. */
        public Use(Boolean commercial, List<Purpose> purposes, List<String> deploymentCountries, AccessMode accessMode,
                   Boolean offersAsHostedService) {
            this(commercial, purposes, deploymentCountries, accessMode, offersAsHostedService, null, null, null, null, null);
        }
    }

    public record Modification(Boolean finetunes, Boolean redistributesWeights, String derivativeName,
                               Boolean usesOutputsToTrainOtherModels,
                               TrainedModelKind trainedModelKind, Boolean trainedModelMadeAvailable) {
        static final Modification UNKNOWN = new Modification(null, null, null, null);

        /** A version 1 modification. */
        public Modification(Boolean finetunes, Boolean redistributesWeights, String derivativeName,
                            Boolean usesOutputsToTrainOtherModels) {
            this(finetunes, redistributesWeights, derivativeName, usesOutputsToTrainOtherModels, null, null);
        }
    }

    public record Compliance(Boolean includesLicenseCopy, Boolean displaysAttribution,
                             Boolean passesUseRestrictionsDownstream, Boolean statesModifications) {
        static final Compliance UNKNOWN = new Compliance(null, null, null, null);
    }

    public record Data(Boolean sendsPersonalData, Boolean sendsHealthData,
                       Boolean sendsSpecialCategoryData, Boolean optedIntoProviderTraining) {
        static final Data UNKNOWN = new Data(null, null);

        /** Version 1 data. */
        public Data(Boolean sendsPersonalData, Boolean sendsHealthData) {
            this(sendsPersonalData, sendsHealthData, null, null);
        }
    }
}
