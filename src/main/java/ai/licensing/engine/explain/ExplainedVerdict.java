package ai.licensing.engine.explain;

import ai.licensing.model.Verdict;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A verdict with its explanation: on the wire, the verdict's own fields and {@code explanation} beside them. */
public record ExplainedVerdict(@JsonUnwrapped Verdict verdict, Explanation explanation) {
}
