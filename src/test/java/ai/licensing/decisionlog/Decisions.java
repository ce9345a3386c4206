package ai.licensing.decisionlog;

import ai.licensing.model.Decision;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Decisions made up rather than evaluated, so the stores can be tested without compiled rules. */
final class Decisions {

    private Decisions() {
    }

    static DecisionEntry made(String model, String license, Decision verdict, Instant at) {
        UsageProfile profile = new ProfileParser().parse("{\"model\":\"" + model + "\",\"licensee\":{\"type\":\"company\",\"country\":\"DE\"}}");
        Verdict v = new Verdict(UUID.randomUUID().toString(), at, "sha256:test", model, license, verdict,
                verdict == Decision.ALLOWED, List.of(), List.of(), null);
        return DecisionEntry.of(DecisionRecord.of(profile, v));
    }

    static List<String> ids(List<DecisionRecord> records) {
        return records.stream().map(DecisionRecord::decisionId).toList();
    }
}
