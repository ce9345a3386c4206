package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The purposes vocabulary of contract section 4. */
public enum Purpose implements Vocabulary {
    GENERAL_ASSISTANT, CUSTOMER_SUPPORT, CONTENT_GENERATION, CODE_GENERATION, INTERNAL_TOOLS,
    RESEARCH, EDUCATION, TRANSLATION, SEARCH,
    MEDICAL_ADVICE, LEGAL_ADVICE, FINANCIAL_ADVICE,
    EMPLOYMENT_DECISIONS, CREDIT_DECISIONS, HOUSING_DECISIONS, INSURANCE_DECISIONS,
    LAW_ENFORCEMENT, PREDICTIVE_POLICING, IMMIGRATION_DECISIONS,
    MILITARY, WEAPONS, NUCLEAR, ESPIONAGE, CRITICAL_INFRASTRUCTURE,
    SURVEILLANCE, BIOMETRIC_IDENTIFICATION,
    DISINFORMATION, IMPERSONATION, POLITICAL_CAMPAIGNING, SPAM,
    MALWARE, HARASSMENT, ADULT_CONTENT, CHILD_DIRECTED;

    private final String id = Vocabulary.idOf(this);

    @Override
    public String id() {
        return id;
    }

    @JsonCreator
    public static Purpose of(String id) {
        return Vocabulary.parse(Purpose.class, id);
    }
}
