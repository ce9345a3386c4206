package ai.licensing.catalog;

import ai.licensing.model.AccessMode;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A model of the catalog (rules-drl/catalog/models.yaml).
 *
 * @param huggingface every Hugging Face repository id it is published under; its {@code pkg:huggingface/…} package
 *                    URLs and {@code https://huggingface.co/…} addresses are accepted too
 * @param aliases     other names people write for it
 * @param urls        addresses of its model pages
 */
public record Model(
        String id,
        String name,
        String provider,
        String license,
        List<AccessMode> accessModes,
        boolean multimodal,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> huggingface,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliases,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> urls) {

    public boolean offers(AccessMode mode) {
        return accessModes.contains(mode);
    }
}
