package ai.licensing.bom;

/**
 * A license a component declares, as written.
 *
 * @param value      the license id, name or expression
 * @param uri        the address given with it ({@code license.url}, SPDX {@code customIdToUri}); may be null
 * @param path       JSON path of where it was read
 * @param inSpdxIdField true when it came from CycloneDX {@code license.id}, which only SPDX ids may fill
 */
public record DeclaredLicense(String value, String uri, String path, boolean inSpdxIdField) {
}
