package ai.licensing.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static ai.licensing.model.FactType.BOOLEAN;
import static ai.licensing.model.FactType.CHOICE;
import static ai.licensing.model.FactType.CHOICES;
import static ai.licensing.model.FactType.COUNT;
import static ai.licensing.model.FactType.COUNTRIES;
import static ai.licensing.model.FactType.DATE;
import static ai.licensing.model.FactType.TEXT;
import static ai.licensing.model.FactType.TEXTS;

/**
 * The fact registry: every field of the usage profile, defined once. Validation, the names rules use for it
 * ({@link #words()}), the dotted paths in {@code missingFacts}, {@code GET /v1/facts} and the web page's questions
 * all come from here, so adding a fact is one entry (plus its record component and its {@code Usage} helpers).
 *
 * <p>{@link #controlled()} separates what the licensee can change (what it does, promises and shares, agreements it
 * could obtain, purposes it could drop) from who it is (type, country, size, revenue): explanations only ever
 * propose changes to controlled facts.
 */
public enum Fact {
    MODEL("model", "Which model?", TEXT, false, "a model id from the model catalog (GET /v1/models)",
            UsageProfile::model, "model", "multimodal", "accessModeOffered"),
    LICENSE("license", "Which license?", TEXT, false, "a license id from the license catalog (GET /v1/licenses), to evaluate a license without naming a model",
            UsageProfile::license),

    LICENSEE_TYPE("licensee.type", "What kind of organisation are you?", CHOICE, LicenseeType.class, false, "what kind of organisation the licensee is",
            p -> p.licenseeOrEmpty().type(), "licenseeType", "licenseeTypeIn"),
    COUNTRY("licensee.country", "Where are you based?", FactType.COUNTRY, false,
            "ISO 3166-1 alpha-2 code of the licensee's domicile or principal place of business",
            p -> p.licenseeOrEmpty().country(), "country", "euLicensee", "domiciledInEu", "domiciledIn"),
    MONTHLY_ACTIVE_USERS("licensee.monthlyActiveUsers", "How many monthly active users do you have?", COUNT, false,
            "monthly active users of all products and services of the licensee and its affiliates",
            p -> p.licenseeOrEmpty().monthlyActiveUsers(), "monthlyActiveUsers", "monthlyActiveUsersAbove"),
    ANNUAL_REVENUE("licensee.annualRevenueUsd", "What is your annual revenue in US dollars?", COUNT, false,
            "annual revenue of the licensee and its affiliates, in US dollars",
            p -> p.licenseeOrEmpty().annualRevenueUsd(), "annualRevenueUsd", "annualRevenueAbove"),
    END_USER_ONLY("licensee.endUserOnly", "Do you only use the model inside someone else's product?", BOOLEAN, false,
            "the licensee only receives the model inside a third party's integrated end-user product or service; it does not obtain the model or its weights itself",
            p -> p.licenseeOrEmpty().endUserOnly(), "endUserOnly"),
    MONTHLY_REVENUE("licensee.monthlyRevenueUsd", "What was your revenue last month, in US dollars?", COUNT, false,
            "revenue of the licensee and its affiliates in the preceding calendar month, in US dollars",
            p -> p.licenseeOrEmpty().monthlyRevenueUsd(), "monthlyRevenueUsd", "monthlyRevenueAbove"),
    TERMS_ACCEPTED_ON("licensee.termsAcceptedOn", "When did you accept the terms you use?", DATE, false,
            "when the licensee accepted the terms it uses (YYYY-MM-DD); selects the version of terms that binds it",
            p -> p.licenseeOrEmpty().termsAcceptedOn(), "termsAcceptedOn", "termsAcceptedBefore"),
    AGREEMENTS("licensee.agreements", "Which separate agreements or approvals do you hold?", TEXTS, true,
            "separate licenses or approvals already held that cover a clause (license:section) or a whole license (license id)",
            p -> p.licenseeOrEmpty().agreements(), "agreements"),

    COMMERCIAL("use.commercial", "Is the use commercial?", BOOLEAN, true,
            "the model is used for or in connection with a commercial purpose",
            p -> p.useOrEmpty().commercial(), "commercial", "commercialUse"),
    PURPOSES("use.purposes", "What do you use it for?", CHOICES, Purpose.class, true, "what the model is used for",
            p -> p.useOrEmpty().purposes(), "purposes", "purposesIn", "hasPurposeIn", "makesAvailable"),
    DEPLOYMENT_COUNTRIES("use.deploymentCountries", "Where is it offered?", COUNTRIES, true,
            "ISO codes of the countries where the model or the product using it is offered",
            p -> p.useOrEmpty().deploymentCountries(), "deploymentCountries", "deploysIn", "deploysOnlyIn"),
    ACCESS_MODE("use.accessMode", "How do you reach the model?", CHOICE, AccessMode.class, true,
            "weights (the licensee runs the weights) or api (the licensee calls a provider's hosted API)",
            p -> p.useOrEmpty().accessMode(), "accessMode", "accessModeOffered", "accessModeIs"),
    HOSTED("use.offersAsHostedService", "Do you offer the model itself to others as a service?", BOOLEAN, true,
            "the licensee makes the model itself available to third parties as a hosted service or API",
            p -> p.useOrEmpty().offersAsHostedService(), "offersAsHostedService", "hostsForOthers", "sharesModel", "makesAvailable"),
    PRODUCTION("use.production", "Is it used in production with real users?", BOOLEAN, true,
            "used in production with real users, as opposed to testing, evaluation or research",
            p -> p.useOrEmpty().production(), "production", "inProduction"),
    PAID_TIER("use.paidTier", "Do you use a paid API account or tier?", BOOLEAN, true,
            "for API access: a paid (billed) account or tier, not a free tier",
            p -> p.useOrEmpty().paidTier(), "paidTier"),
    MINORS_MAY_ACCESS("use.minorsMayAccess", "Are people under 18 likely to use it?", BOOLEAN, true,
            "people under 18 are likely to use the product, even if it is not aimed at them",
            p -> p.useOrEmpty().minorsMayAccess(), "minorsMayAccess"),
    HUMAN_OVERSIGHT("use.humanOversight", "Does a qualified person review outputs before they decide about people or reach them as advice?", BOOLEAN, true,
            "a qualified person reviews the model's outputs before they decide about people or reach them as professional advice",
            p -> p.useOrEmpty().humanOversight(), "humanOversight"),
    DISCLOSES_AI("use.disclosesAI", "Are users told they deal with an AI system?", BOOLEAN, true,
            "users are told they deal with an AI system and that its content is machine-generated",
            p -> p.useOrEmpty().disclosesAI(), "disclosesAI"),

    FINETUNES("modification.finetunes", "Do you fine-tune or otherwise modify the model?", BOOLEAN, true,
            "the licensee fine-tunes or otherwise modifies the model",
            p -> p.modificationOrEmpty().finetunes(), "finetunes", "modifiesModel"),
    REDISTRIBUTES("modification.redistributesWeights", "Do you give the weights to anyone else?", BOOLEAN, true,
            "the licensee distributes the weights (original or a derivative) to any third party",
            p -> p.modificationOrEmpty().redistributesWeights(), "redistributesWeights", "distributesWeights", "sharesModel", "makesAvailable"),
    DERIVATIVE_NAME("modification.derivativeName", "What is your derivative model called?", TEXT, true,
            "the public name of the derivative model that is distributed or made available",
            p -> p.modificationOrEmpty().derivativeName(), "derivativeName", "derivativeNameStartsWith"),
    TRAINS_OTHER_MODELS("modification.usesOutputsToTrainOtherModels", "Do you train other AI models on its outputs?", BOOLEAN, true,
            "outputs of the model are used to train, fine-tune or improve another AI model",
            p -> p.modificationOrEmpty().usesOutputsToTrainOtherModels(), "usesOutputsToTrainOtherModels", "trainsOtherModelsOnOutputs"),
    TRAINED_MODEL_KIND("modification.trainedModelKind", "What kind of model do you train on its outputs?", CHOICE, TrainedModelKind.class, true,
            "what the model trained on this model's outputs is: same-family (a derivative of this model or its family), llm (another large language model), classifier (classifier, embedding or other non-generative model), other-generative (image, audio or other generative model)",
            p -> p.modificationOrEmpty().trainedModelKind(), "trainedModelKind", "trainedModelKindIn"),
    TRAINED_MODEL_MADE_AVAILABLE("modification.trainedModelMadeAvailable", "Do you distribute or offer the model you fine-tuned or trained?", BOOLEAN, true,
            "the model fine-tuned from this one, or trained on its outputs, is distributed or offered to third parties",
            p -> p.modificationOrEmpty().trainedModelMadeAvailable(), "trainedModelMadeAvailable"),

    LICENSE_COPY("compliance.includesLicenseCopy", "Will you pass a copy of the license on?", BOOLEAN, true,
            "a copy of the license is passed on with anything distributed",
            p -> p.complianceOrEmpty().includesLicenseCopy(), "includesLicenseCopy"),
    ATTRIBUTION("compliance.displaysAttribution", "Will you show the attribution the license asks for?", BOOLEAN, true,
            "the attribution the license asks for is shown (e.g. \"Built with Llama\")",
            p -> p.complianceOrEmpty().displaysAttribution(), "displaysAttribution"),
    RESTRICTIONS_DOWNSTREAM("compliance.passesUseRestrictionsDownstream", "Will you make the use restrictions binding on your users?", BOOLEAN, true,
            "the license's use restrictions are made binding on downstream users",
            p -> p.complianceOrEmpty().passesUseRestrictionsDownstream(), "passesUseRestrictionsDownstream"),
    STATES_MODIFICATIONS("compliance.statesModifications", "Will changed files say that they were changed?", BOOLEAN, true,
            "modified files or derivatives carry a notice that they were changed",
            p -> p.complianceOrEmpty().statesModifications(), "statesModifications"),

    PERSONAL_DATA("data.sendsPersonalData", "Do you send personal data to the model provider?", BOOLEAN, true,
            "personal data is sent to the model provider (API use)",
            p -> p.dataOrEmpty().sendsPersonalData(), "sendsPersonalData", "personalDataSent"),
    HEALTH_DATA("data.sendsHealthData", "Do you send health data to the model provider?", BOOLEAN, true,
            "health data (e.g. HIPAA protected health information) is sent to the model provider",
            p -> p.dataOrEmpty().sendsHealthData(), "sendsHealthData", "healthDataSent"),
    SPECIAL_CATEGORY_DATA("data.sendsSpecialCategoryData", "Do you send special categories of personal data (health, biometric, religion…) to the provider?", BOOLEAN, true,
            "special categories of personal data (GDPR Art. 9: health, biometric, religion…) are sent to the provider",
            p -> p.dataOrEmpty().sendsSpecialCategoryData(), "sendsSpecialCategoryData", "specialCategoryDataSent"),
    OPTED_INTO_PROVIDER_TRAINING("data.optedIntoProviderTraining", "May the provider use your inputs to improve its models?", BOOLEAN, true,
            "the API account lets the provider use inputs to improve its models",
            p -> p.dataOrEmpty().optedIntoProviderTraining(), "optedIntoProviderTraining");

    private static final Map<String, Fact> BY_PATH = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Fact::path, f -> f));

    private final String path;
    private final String question;
    private final FactType type;
    private final List<String> values;
    private final boolean controlled;
    private final String meaning;
    private final Function<UsageProfile, Object> read;
    private final List<String> words;

    Fact(String path, String question, FactType type, boolean controlled, String meaning, Function<UsageProfile, Object> read,
         String... words) {
        this(path, question, type, List.of(), controlled, meaning, read, words);
    }

    <E extends Enum<E> & Vocabulary> Fact(String path, String question, FactType type, Class<E> vocabulary, boolean controlled,
                                          String meaning, Function<UsageProfile, Object> read, String... words) {
        this(path, question, type, Vocabulary.ids(vocabulary), controlled, meaning, read, words);
    }

    Fact(String path, String question, FactType type, List<String> values, boolean controlled, String meaning,
         Function<UsageProfile, Object> read, String... words) {
        this.path = path;
        this.question = question;
        this.type = type;
        this.values = values;
        this.controlled = controlled;
        this.meaning = meaning;
        this.read = read;
        this.words = List.of(words);
    }

    /** The dotted path: the key in the request body and the name in {@code missingFacts}. */
    public String path() {
        return path;
    }

    /** The fact as a question to a person (the web page asks it). */
    public String question() {
        return question;
    }

    public FactType type() {
        return type;
    }

    /** The allowed ids of a {@link FactType#CHOICE} or {@link FactType#CHOICES} fact; empty for other types. */
    public List<String> allowedValues() {
        return values;
    }

    /** True for what the licensee does, promises or shares; false for who it is (and for the model asked about). */
    public boolean controlled() {
        return controlled;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The names of the {@code Usage} properties and helpers that read this fact ({@code commercial},
     * {@code commercialUse}); a name may read several facts ({@code sharesModel}).
     */
    public List<String> words() {
        return words;
    }

    /** The fact's value in the profile: null when unknown; vocabulary values as their enum constants. */
    public Object valueIn(UsageProfile profile) {
        return read.apply(profile);
    }

    /** The value as the wire shows it: vocabulary ids instead of enum constants. */
    public Object wireValueIn(UsageProfile profile) {
        Object value = valueIn(profile);
        if (value instanceof Vocabulary v) {
            return v.id();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(e -> e instanceof Vocabulary v ? v.id() : e).toList();
        }
        return value;
    }

    public static Optional<Fact> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }
}
