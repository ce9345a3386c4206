package ai.licensing.bom;

import ai.licensing.model.ResolvedFrom;
import ai.licensing.model.Verdict;

import java.util.List;

/**
 * The answer for one model of a bill of materials (contract section 6.4). Every field is written, null included,
 * so that a reader sees what was not found as well as what was.
 *
 * @param declaredLicenses the licenses the document declares for it, as written
 * @param resolvedFrom     the name that identified it (or, for a model not in the catalog, its license) and how
 * @param model            the catalog model, null when the component named none
 * @param license          the license evaluated: the catalog model's own, or the declared one for other models
 * @param licenseMismatch  declared licenses that resolve to a license other than the catalog's; null when none
 * @param verdict          the verdict, null when neither the model nor its license could be resolved
 * @param problem          why there is no verdict; null when there is one
 */
public record ComponentVerdict(String bomRef, String purl, String name, List<String> declaredLicenses,
                               ResolvedFrom resolvedFrom, String model, String license, List<Mismatch> licenseMismatch,
                               Verdict verdict, ComponentProblem problem) {

    /** A declared license, as written, that names a different catalog license than the one that applies. */
    public record Mismatch(String declared, String license) {
    }
}
