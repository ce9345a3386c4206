package ai.licensing.bench;

import ai.licensing.model.Effect;
import ai.licensing.model.Purpose;
import ai.licensing.model.UsageProfile;

import java.util.EnumMap;
import java.util.Map;

/**
 * The llama-2-community logic of the clause brief written directly in Java, with no engine: the baseline that
 * the engine's overhead is measured against. It returns the strongest effect per section, as the engine does,
 * but builds no texts; it exists only for the benchmark.
 */
final class PlainLlama2 {

    private PlainLlama2() {
    }

    static Map<Section, Effect> evaluate(UsageProfile p) {
        Map<Section, Effect> hits = new EnumMap<>(Section.class);
        Boolean dist = p.modificationOrEmpty().redistributesWeights();
        Boolean host = p.useOrEmpty().offersAsHostedService();
        Boolean share = Boolean.TRUE.equals(dist) || Boolean.TRUE.equals(host) ? Boolean.TRUE
                : Boolean.FALSE.equals(dist) && Boolean.FALSE.equals(host) ? Boolean.FALSE : null;
        duty(hits, Section.COPY, share, p.complianceOrEmpty().includesLicenseCopy());
        duty(hits, Section.NOTICE, dist, p.complianceOrEmpty().displaysAttribution());
        if (p.useOrEmpty().purposes() == null) {
            hits.put(Section.AUP, Effect.REVIEW);
        } else {
            for (Purpose purpose : p.useOrEmpty().purposes()) {
                Effect effect = switch (purpose) {
                    case HARASSMENT, MALWARE, MILITARY, NUCLEAR, ESPIONAGE, WEAPONS, CRITICAL_INFRASTRUCTURE,
                         DISINFORMATION, SPAM, IMPERSONATION -> Effect.DENY;
                    case EMPLOYMENT_DECISIONS, CREDIT_DECISIONS, HOUSING_DECISIONS, INSURANCE_DECISIONS,
                         MEDICAL_ADVICE, LEGAL_ADVICE, FINANCIAL_ADVICE, SURVEILLANCE, BIOMETRIC_IDENTIFICATION -> Effect.REVIEW;
                    default -> null;
                };
                if (effect != null) {
                    hits.merge(Section.AUP_ITEM, effect, (a, b) -> a.strongerThan(b) ? a : b);
                }
            }
        }
        prohibit(hits, Section.NO_OTHER_LLMS, p.modificationOrEmpty().usesOutputsToTrainOtherModels());
        Long mau = p.licenseeOrEmpty().monthlyActiveUsers();
        prohibit(hits, Section.MAU, mau == null ? null : mau > 700_000_000L);
        return hits;
    }

    private static void duty(Map<Section, Effect> hits, Section section, Boolean trigger, Boolean confirmed) {
        if (Boolean.FALSE.equals(trigger) || Boolean.TRUE.equals(confirmed)) {
            return;
        }
        hits.put(section, confirmed == null ? Effect.OBLIGATION : trigger == null ? Effect.REVIEW : Effect.DENY);
    }

    private static void prohibit(Map<Section, Effect> hits, Section section, Boolean condition) {
        if (condition == null) {
            hits.put(section, Effect.REVIEW);
        } else if (condition) {
            hits.put(section, Effect.DENY);
        }
    }

    enum Section { COPY, NOTICE, AUP, AUP_ITEM, NO_OTHER_LLMS, MAU }
}
