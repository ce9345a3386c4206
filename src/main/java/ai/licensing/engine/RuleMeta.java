package ai.licensing.engine;

import org.kie.api.definition.rule.Rule;

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

    /** A metadata value of a compiled rule ({@code license}, {@code section}…), or null when absent or blank. */
    static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The clause ({@code license:section}) this rule reports in a verdict on {@code licenseId}: a catalog rule speaks
     * for the verdict's license, any other rule for its own (a model's use policy numbers its clauses itself).
     */
    public String clauseKey(String licenseId) {
        return (EVERY_LICENSE.equals(license) ? licenseId : license) + ":" + section;
    }

    public boolean appliesTo(String licenseId) {
        return EVERY_LICENSE.equals(license) || license.equals(licenseId);
    }
}
