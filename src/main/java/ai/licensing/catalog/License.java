package ai.licensing.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A license of the catalog (rules-drl/catalog/licenses.yaml).
 *
 * @param effective the effective or release date of the version the rules follow (YYYY-MM-DD)
 * @param verified  when and where that text was read against the rules
 * @param versions  earlier and current dated versions, oldest first, where they decide differently
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record License(
        String id,
        String name,
        String version,
        String url,
        String policyUrl,
        Category category,
        boolean osiApproved,
        String effective,
        TermsVerification verified,
        java.util.List<TermsVersion> versions) {
}
