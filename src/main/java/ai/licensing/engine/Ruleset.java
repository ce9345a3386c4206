package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.model.SourceError;
import org.kie.api.runtime.StatelessKieSession;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One compiled, immutable version of the rules folder: a session per license, the catalog it was built with,
 * and what each rule says about itself. Safe to share between threads; a reload builds a new one.
 *
 * @param version sha256 over the rule and catalog files ({@code sha256:<hex>})
 * @param files    the files it was built from, relative to the rules folder
 * @param sessions by license id: stateless, pooled sessions over that license's rules
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
        Map<String, StatelessKieSession> sessions,
        PurposeGroups purposeGroups,
        List<SourceError> warnings,
        Duration compileTime) {

    /** The session that holds the license's own rules and the catalog rules; every catalog license has one. */
    public StatelessKieSession session(String licenseId) {
        return sessions.get(licenseId);
    }

    public Map<String, RuleMeta> rulesByName() {
        return rules.stream().collect(java.util.stream.Collectors.toMap(RuleMeta::name, r -> r));
    }

    /** The rules that speak for a license (its own rules and the catalog rules every license gets). */
    public List<RuleMeta> rulesOf(String licenseId) {
        return rules.stream().filter(r -> r.appliesTo(licenseId)).toList();
    }
}
