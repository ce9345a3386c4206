package ai.licensing.bom;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.Model;
import ai.licensing.catalog.Resolution;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.Decision;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.ResolvedFrom;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Evaluates one usage profile for every model of a bill of materials (contract section 6.4). A model found in the
 * catalog is evaluated under the catalog's license, whatever the document declares; a declared license that names
 * another one is reported as a mismatch. A model not in the catalog is evaluated under its declared license when
 * that resolves to exactly one catalog license. Anything else gets no verdict, a problem saying what was seen, and
 * counts as NEEDS_REVIEW: an unknown model is never taken to be allowed.
 */
public final class BomEvaluator {

    private final ProfileParser parser;

    /** @param parser reads the profile with the request's limits; it must accept a profile without model */
    public BomEvaluator(ProfileParser parser) {
        this.parser = parser;
    }

    /**
     * @param profile the usage profile, without model and license (the document names the models)
     * @param decided told of each verdict with the profile it was evaluated for (the service logs it)
     * @throws InvalidProfileException for a bad profile, paths relative to the profile
     */
    public BomVerdict evaluate(Ruleset ruleset, JsonNode profile, BomDocument bom, BiConsumer<UsageProfile, Verdict> decided) {
        UsageProfile base = checkProfile(profile);
        List<ComponentVerdict> answers = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        Decision strongest = Decision.ALLOWED;
        for (BomComponent component : bom.components()) {
            DeclaredNames declared = new DeclaredNames(ruleset.catalog().names(), component.declared());
            warnings.addAll(warnings(declared));
            ComponentVerdict answer = answer(ruleset, base, component, declared, decided);
            Decision decision = answer.verdict() == null ? Decision.NEEDS_REVIEW : answer.verdict().verdict();
            strongest = decision.compareTo(strongest) > 0 ? decision : strongest;
            answers.add(answer);
        }
        return new BomVerdict(strongest, List.copyOf(answers), List.copyOf(warnings));
    }

    /** The profile, parsed once for every component. */
    private UsageProfile checkProfile(JsonNode profile) {
        UsageProfile parsed = parser.parse(profile);
        List<Violation> named = new ArrayList<>();
        for (String field : List.of("model", "license")) {
            if (profile.hasNonNull(field)) {
                named.add(new Violation("$." + field, "leave " + field + " out: the bill of materials names the models"));
            }
        }
        if (!named.isEmpty()) {
            throw new InvalidProfileException(named);
        }
        return parsed;
    }

    private ComponentVerdict answer(Ruleset ruleset, UsageProfile profile, BomComponent c, DeclaredNames declared,
                                    BiConsumer<UsageProfile, Verdict> decided) {
        Catalog catalog = ruleset.catalog();
        List<String> declaredValues = c.declared().stream().map(DeclaredLicense::value).toList();
        Resolution identity = ModelIdentity.of(catalog.names(), c);
        if (identity != null && identity.resolved()) {
            Model model = catalog.model(identity.id()).orElseThrow();
            Verdict verdict = decide(ruleset, profile.forModel(model.id()), decided);
            return new ComponentVerdict(c.bomRef(), c.purl(), c.name(), declaredValues,
                    identity.viaAlias() ? ResolvedFrom.model(identity.sent(), identity.matchedBy()) : null,
                    model.id(), model.license(), mismatches(declared, model.license()), verdict, null);
        }
        if (identity != null && identity.ambiguous()) {
            return unresolved(c, declaredValues, ComponentProblem.of("Ambiguous model", "'" + identity.sent()
                    + "' names several catalog models: " + String.join(", ", identity.matches()) + ".", List.of(), identity.matches()));
        }
        List<String> licenses = declared.licenseIds();
        if (licenses.size() == 1) {
            Resolution license = declared.resolutionOf(licenses.get(0));
            Verdict verdict = decide(ruleset, profile.forLicense(license.id()), decided);
            return new ComponentVerdict(c.bomRef(), c.purl(), c.name(), declaredValues,
                    license.viaAlias() ? ResolvedFrom.license(license.sent(), license.matchedBy()) : null,
                    null, license.id(), null, verdict, null);
        }
        String seen = seen(c, declaredValues);
        if (licenses.size() > 1) {
            return unresolved(c, declaredValues, ComponentProblem.of("Model not in the catalog", seen
                    + " Its declared licenses name different catalog licenses (" + String.join(", ", licenses)
                    + "), and which one binds needs a person to decide.", List.of(), licenses));
        }
        return unresolved(c, declaredValues, ComponentProblem.of("Model not in the catalog", seen
                        + " No declared license names a catalog license either. Add the model's Hugging Face id to the catalog,"
                        + " or its license's name to the license it means.",
                identity == null ? List.of() : identity.suggestions(), List.of()));
    }

    private static Verdict decide(Ruleset ruleset, UsageProfile profile, BiConsumer<UsageProfile, Verdict> decided) {
        Verdict verdict = DecisionEngine.evaluate(ruleset, profile);
        decided.accept(profile, verdict);
        return verdict;
    }

    private static ComponentVerdict unresolved(BomComponent c, List<String> declaredValues, ComponentProblem problem) {
        return new ComponentVerdict(c.bomRef(), c.purl(), c.name(), declaredValues, null, null, null, null, null, problem);
    }

    private static String seen(BomComponent c, List<String> declaredValues) {
        List<String> parts = new ArrayList<>();
        if (c.purl() != null) {
            parts.add("purl '" + c.purl() + "'");
        }
        if (c.qualifiedName() != null) {
            parts.add("name '" + c.qualifiedName() + "'");
        }
        c.addresses().forEach(a -> parts.add("address '" + a + "'"));
        String licenses = declaredValues.isEmpty() ? "no license" : "license " + String.join(", ", declaredValues);
        return "No catalog model matches " + (parts.isEmpty() ? "this component, which gives no name" : String.join(", ", parts))
                + " (declared: " + licenses + ").";
    }

    private static List<ComponentVerdict.Mismatch> mismatches(DeclaredNames declared, String license) {
        List<ComponentVerdict.Mismatch> found = new ArrayList<>();
        for (Map.Entry<DeclaredLicense, List<Resolution>> entry : declared.byDeclared().entrySet()) {
            for (Resolution r : entry.getValue()) {
                if (!r.id().equals(license)) {
                    found.add(new ComponentVerdict.Mismatch(entry.getKey().value(), r.id()));
                }
            }
        }
        return found.isEmpty() ? null : List.copyOf(found);
    }

    /** A license.id that holds something other than an SPDX id is read, but the document is worth fixing. */
    private static List<Violation> warnings(DeclaredNames declared) {
        List<Violation> warnings = new ArrayList<>();
        declared.byDeclared().forEach((license, resolutions) -> {
            if (license.inSpdxIdField() && resolutions.size() == 1 && resolutions.get(0).viaAlias()
                    && !"spdx".equals(resolutions.get(0).matchedBy())) {
                warnings.add(new Violation(license.path(), "'" + license.value() + "' is not an SPDX id, so CycloneDX validators"
                        + " reject it in license.id; it was read as " + resolutions.get(0).matchedBy() + " of '"
                        + resolutions.get(0).id() + "'. Put it in license.name instead."));
            }
        });
        return warnings;
    }
}
