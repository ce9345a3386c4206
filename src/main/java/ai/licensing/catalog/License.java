package ai.licensing.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A license of the catalog (rules-drl/catalog/licenses.yaml). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record License(
        String id,
        String name,
        String version,
        String url,
        String policyUrl,
        Category category,
        boolean osiApproved) {
}
