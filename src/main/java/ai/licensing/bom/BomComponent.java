package ai.licensing.bom;

import java.util.List;

/**
 * A model as a bill of materials describes it: the identities it gives (purl, group and name, addresses) and the
 * licenses it declares, each as written.
 *
 * @param path      JSON path of the component in the request
 * @param bomRef    CycloneDX {@code bom-ref} or SPDX {@code spdxId}; may be null
 * @param group     CycloneDX {@code group} (the Hugging Face organisation); null in SPDX
 * @param addresses external reference URLs (SPDX: download location and home page)
 */
public record BomComponent(String path, String bomRef, String purl, String group, String name, List<String> addresses,
                           List<DeclaredLicense> declared) {

    /** {@code group/name} when both are given, else the name: a Hugging Face repository id, or a catalog name. */
    public String qualifiedName() {
        return group == null || group.isBlank() || name == null ? name : group + "/" + name;
    }
}
