package ai.licensing.engine;

import ai.licensing.catalog.License;
import ai.licensing.model.Effect;
import ai.licensing.model.Fact;
import ai.licensing.model.UsageProfile;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The legal conventions of what a rule concludes, kept in one place so that no rule repeats them: unknown is
 * REVIEW naming the fact (R1), judgment is REVIEW (R2), an unconfirmed duty is OBLIGATION (R4), a duty the profile
 * refuses is DENY, and the English sentences that say so. {@link Usage} offers them to the rules under the
 * same names.
 */
final class Outcomes {

    private static final Map<List<String>, Question> QUESTIONS = new ConcurrentHashMap<>();

    private final License license;
    private final UsageProfile profile;
    private final Findings findings;

    Outcomes(License license, UsageProfile profile, Findings findings) {
        this.license = license;
        this.profile = profile;
        this.findings = findings;
    }

    /** The clause forbids the use as stated. */
    void deny(String reason, String remedy) {
        emit(Effect.DENY, reason, remedy, Set.of());
    }

    /**
     * A prohibition or threshold: DENY when the condition is true; REVIEW naming the unknown facts when it is
     * unknown (R1); nothing when it is false.
     */
    void deny(Tri condition, String reason, String remedy) {
        if (condition.isTrue()) {
            deny(reason, remedy);
        } else if (condition.isUnknown()) {
            needsFacts(condition.missing());
        }
    }

    /** The clause needs human legal judgment (R2): REVIEW with no missing fact. */
    void review(String reason, String remedy) {
        emit(Effect.REVIEW, reason, remedy, Set.of());
    }

    /** Judgment when the condition is true; REVIEW naming the unknown facts when it is unknown; else nothing. */
    void review(Tri condition, String reason, String remedy) {
        if (condition.isTrue()) {
            review(reason, remedy);
        } else if (condition.isUnknown()) {
            needsFacts(condition.missing());
        }
    }

    /** A duty nothing in the profile can confirm (R4): OBLIGATION. */
    void oblige(String reason, String remedy) {
        emit(Effect.OBLIGATION, reason, remedy, Set.of());
    }

    /**
     * A duty that applies when {@code trigger} holds and is met when {@code confirmed} holds (pattern O):
     * trigger false → nothing; confirmed true → satisfied; confirmed false → DENY (trigger true) or REVIEW naming
     * the unknown trigger facts; confirmed unknown → OBLIGATION.
     */
    void duty(Tri trigger, Tri confirmed, String duty, String remedy) {
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
        StringBuilder text = new StringBuilder();
        for (String path : fact.facts()) {
            text.append(text.isEmpty() ? "" : ", ").append(path).append(" = ").append(valueOf(path));
        }
        return text.toString();
    }

    private String valueOf(String path) {
        Object value = Fact.byPath(path).map(f -> f.wireValueIn(profile)).orElse("?");
        return value instanceof String text && Fact.DERIVATIVE_NAME.path().equals(path) ? "\"" + text + "\"" : String.valueOf(value);
    }

    /** The clause cannot be decided until these facts are stated: REVIEW naming them (R1, R5). */
    void needsFacts(String... facts) {
        needsFacts(new LinkedHashSet<>(Arrays.asList(facts)));
    }

    private void needsFacts(Set<String> facts) {
        // Keyed in the facts' order, which the message keeps.
        Question question = QUESTIONS.computeIfAbsent(List.copyOf(facts), Question::of);
        emit(Effect.REVIEW, question.reason(), question.remedy(), facts);
    }

    /** What a REVIEW for unknown facts says, made once per list of facts: the lists rules name are few and fixed. */
    private record Question(String reason, String remedy) {

        static Question of(List<String> facts) {
            String list = String.join(", ", facts);
            return new Question("Whether this clause restricts the use depends on " + list + ", which the profile does not state.",
                    "State " + list + " to get a decision on this clause.");
        }
    }

    /** A clause that applies and is satisfied, or a note worth showing. */
    void note(String reason) {
        emit(Effect.INFO, reason, "", Set.of());
    }

    private void emit(Effect effect, String reason, String remedy, Set<String> missing) {
        findings.add(license.id(), license.url(), effect, reason, remedy, missing);
    }
}
