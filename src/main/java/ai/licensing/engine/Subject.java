package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.License;
import ai.licensing.catalog.Model;
import ai.licensing.catalog.Resolution;
import ai.licensing.model.ResolvedFrom;
import ai.licensing.model.UsageProfile;

import java.util.List;

/**
 * What a profile is about: the catalog model (if it names one) and the license whose rules apply, each resolved
 * from whatever name the profile used for it.
 *
 * @param model        null when the profile names only a license
 * @param resolvedFrom the alias the profile used, null when it used canonical ids; a model alias is reported
 *                     rather than a license alias, since the model's own license is the one that applies
 */
record Subject(Model model, License license, ResolvedFrom resolvedFrom) {

    static Subject of(Catalog catalog, UsageProfile profile) {
        Model model = null;
        ResolvedFrom from = null;
        // Most profiles name the catalog id itself, which no other name can take (the catalog refuses a clash).
        if (profile.model() != null) {
            model = catalog.model(profile.model()).orElse(null);
            if (model == null) {
                Resolution r = catalog.names().model(profile.model());
                if (!r.resolved()) {
                    throw UnknownIdException.unresolved("model", r, catalog.modelIds());
                }
                model = catalog.model(r.id()).orElseThrow();
                from = r.viaAlias() ? ResolvedFrom.model(r.sent(), r.matchedBy()) : null;
            }
        }
        if (profile.license() == null) {
            return new Subject(model, catalog.license(model.license()).orElseThrow(), from);
        }
        License license = catalog.license(profile.license()).orElse(null);
        if (license == null) {
            Resolution r = catalog.names().license(profile.license());
            if (!r.resolved()) {
                throw UnknownIdException.unresolved("license", r, catalog.licenseIds());
            }
            license = catalog.license(r.id()).orElseThrow();
            if (from == null && r.viaAlias()) {
                from = ResolvedFrom.license(r.sent(), r.matchedBy());
            }
        }
        if (model != null && !model.license().equals(license.id())) {
            throw new UnknownIdException("license", "Model '" + model.id() + "' is licensed under '" + model.license()
                    + "', not '" + license.id() + "'; leave out license or name the model's own.", List.of(model.license()));
        }
        return new Subject(model, license, from);
    }
}
