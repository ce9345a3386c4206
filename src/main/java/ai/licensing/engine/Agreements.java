package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Effect;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The separate agreements a licensee holds ({@code licensee.agreements}): a license id covers every clause of
 * that license, a {@code license:section} id covers that clause. A covered clause is reported as INFO
 * "covered by your separate agreement", because the licensee has already obtained the permission the clause
 * asks for ("request a license from Meta", a BAA, an approval). Catalog clauses ({@code @license("*")}) are
 * facts about the model catalog, not permissions, so no agreement covers them.
 *
 * <p>Ids are checked against the loaded ruleset, so a misspelt agreement is a 400 naming its path rather than
 * a silent no-op that leaves the licensee believing a clause is covered.
 */
final class Agreements {

    static final String PATH = "$.licensee.agreements";

    static final Agreements NONE = new Agreements(Set.of());

    private final Set<String> ids;

    private Agreements(Set<String> ids) {
        this.ids = ids;
    }

    /** The agreements of a profile, each checked to name a license or a clause of the ruleset. */
    static Agreements of(List<String> stated, Ruleset ruleset) {
        if (stated == null || stated.isEmpty()) {
            return NONE;
        }
        Set<String> known = ruleset.clauseIds();
        List<Violation> bad = new ArrayList<>();
        for (int i = 0; i < stated.size(); i++) {
            String id = stated.get(i);
            if (id == null || !known.contains(id)) {
                bad.add(new Violation(PATH + "[" + i + "]", "'" + id + "' names no license or clause of the loaded rules;"
                        + " use a license id (llama-2-community) or license:section as a verdict reports it (llama-2-community:2)"));
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidProfileException(bad);
        }
        return new Agreements(Set.copyOf(stated));
    }

    /** The clause as the verdict reports it: unchanged, or INFO when an agreement covers it. */
    ClauseHit apply(ClauseHit hit, boolean catalogClause) {
        if (catalogClause || hit.effect() == Effect.INFO) {
            return hit;
        }
        String by = ids.contains(hit.key()) ? hit.key() : ids.contains(hit.license()) ? hit.license() : null;
        if (by == null) {
            return hit;
        }
        return new ClauseHit(hit.license(), hit.section(), hit.title(), Effect.INFO, hit.rule(),
                "Covered by your separate agreement (" + by + "); without it this clause would be " + hit.effect()
                        + ": " + hit.reason(),
                "", hit.url());
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }
}
