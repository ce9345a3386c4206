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
 * @param effective   the effective or release date of the version the rules follow (YYYY-MM-DD)
 * @param verified    when and where that text was read against the rules
 * @param versions    earlier and current dated versions, oldest first, where they decide differently
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
        List<String> aliases,
        String effective,
        TermsVerification verified,
        List<TermsVersion> versions) {
}
