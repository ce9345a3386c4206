package ai.licensing.bom;

import ai.licensing.model.Decision;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The answer for a bill of materials: the strongest verdict over its models (one without a verdict counts as
 * NEEDS_REVIEW), one answer per model in document order, and notes on what the document got wrong but was read
 * anyway (a Hugging Face tag where CycloneDX wants an SPDX id).
 */
public record BomVerdict(Decision verdict, List<ComponentVerdict> components,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Violation> warnings) {
}
