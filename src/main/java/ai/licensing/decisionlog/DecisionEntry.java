package ai.licensing.decisionlog;

import ai.licensing.model.VerdictJson;

/**
 * A decision ready to be stored: the record with its profile and verdict already written as JSON. They are written
 * by the request that made the decision (the verdict's JSON is the response's), so the single writer thread only
 * moves bytes.
 */
public record DecisionEntry(DecisionRecord record, String profileJson, String verdictJson) {

    public static DecisionEntry of(DecisionRecord record, String verdictJson) {
        return new DecisionEntry(record, DecisionRecordJson.profile(record.profile()), verdictJson);
    }

    public static DecisionEntry of(DecisionRecord record) {
        return of(record, VerdictJson.text(record.verdict()));
    }
}
