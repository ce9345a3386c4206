package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.model.SourceError;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One compiled, immutable version of the rules folder: the sessions that run its rules, the catalog it was built
 * with, and what each rule says about itself. Safe to share between threads; a reload builds a new one.
 *
 * @param version sha256 over the rule and catalog files ({@code sha256:<hex>})
 * @param files    the files it was built from, relative to the rules folder
 * @param rulesByName the same rules by name
 * @param clauseIds every license id and every {@code license:section} a license's own rules speak for: what
 *                  {@code licensee.agreements} may name
 * @param sessions the sessions decisions run in, a pool per license, reused from one decision to the next; each rule
 *                 tests the license it speaks for
 * @param warnings style warnings of the authoring checks ({@code validate --strict} reports them)
 * @param compileTime how long reading and compiling the folder took
 */
public record Ruleset(
        String version,
        Instant loadedAt,
        String source,
        List<String> files,
        Catalog catalog,
        List<RuleMeta> rules,
        Map<String, RuleMeta> rulesByName,
        Set<String> clauseIds,
        LicenseSessions sessions,
        PurposeGroups purposeGroups,
        List<SourceError> warnings,
        Duration compileTime) {

    /** How this version's consequences run: interpreted after a load, compiled once the service has compiled them. */
    public Consequences consequences() {
        return sessions.bases().consequences();
    }

    /** Whether the rules were read from the compiled rules cache rather than compiled (a start on a folder compiled before). */
    public boolean compiledFromCache() {
        return sessions.bases().fromCache();
    }

    /** This version, the same in every respect but the sessions its decisions run in. */
    Ruleset runningIn(LicenseSessions other) {
        return new Ruleset(version, loadedAt, source, files, catalog, rules, rulesByName, clauseIds, other, purposeGroups,
                warnings, compileTime);
    }

    /** The rules that speak for a license (its own rules and the catalog rules every license gets). */
    public List<RuleMeta> rulesOf(String licenseId) {
        return rules.stream().filter(r -> r.appliesTo(licenseId)).toList();
    }
}
