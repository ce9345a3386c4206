package ai.licensing.engine;

import java.util.List;

/**
 * What a rule says about itself: the clause it encodes (metadata {@code @license @section @title @url})
 * and where it is written. {@code license} is {@code *} for catalog rules that apply to every license.
 *
 * @param reads the profile facts (dotted paths) the rule reads
 */
public record RuleMeta(
        String name,
        String license,
        String section,
        String title,
        String url,
        String file,
        int line,
        List<String> reads) {

    public static final String EVERY_LICENSE = "*";

    public boolean appliesTo(String licenseId) {
        return EVERY_LICENSE.equals(license) || license.equals(licenseId);
    }
}
