package ai.licensing.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A license of the catalog (rules-drl/catalog/licenses.yaml).
 *
 * @param spdx        its SPDX License List id, when it has one (few model licenses do)
 * @param huggingface the Hugging Face {@code license:} tags and {@code license_name} values that mean it
 * @param scancode    its ScanCode LicenseDB key; {@code LicenseRef-scancode-<key>} is accepted too
 * @param aliases     other names people write for it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record License(
        String id,
        String name,
        String version,
        String url,
        String policyUrl,
        Category category,
        boolean osiApproved,
        String spdx,
        List<String> huggingface,
        String scancode,
        List<String> aliases) {
}
