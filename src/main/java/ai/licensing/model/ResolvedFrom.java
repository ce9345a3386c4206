package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which name a client used when it named a model or license by an alias rather than its canonical id, and how the
 * catalog matched it ({@code huggingface-id}, {@code purl}, {@code url}, {@code hf-tag}, {@code spdx},
 * {@code scancode}, {@code alias}). Exactly one of {@code model} and {@code license} is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResolvedFrom(String model, String license, String matchedBy) {

    public static ResolvedFrom model(String sent, String matchedBy) {
        return new ResolvedFrom(sent, null, matchedBy);
    }

    public static ResolvedFrom license(String sent, String matchedBy) {
        return new ResolvedFrom(null, sent, matchedBy);
    }
}
