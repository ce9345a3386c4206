package ai.licensing.catalog;

import ai.licensing.model.AccessMode;

import java.util.Collection;
import java.util.List;

/**
 * A search of the model catalog, as the model picker asks it: every given criterion must hold, a missing one
 * (null) does not filter.
 *
 * @param text       occurs in the id, name, provider, an alias or a Hugging Face id (case ignored)
 * @param license    the model's license or one of its extra policies is this license id
 * @param provider   the provider, case ignored
 * @param accessMode the catalog offers the model this way
 */
public record ModelQuery(String text, String license, String provider, AccessMode accessMode) {

    public List<Model> in(Collection<Model> models) {
        return models.stream().filter(this::matches).toList();
    }

    boolean matches(Model model) {
        return (isBlank(text) || model.matches(text.strip()))
                && (isBlank(license) || model.governingLicenses().contains(license))
                && (isBlank(provider) || provider.equalsIgnoreCase(model.provider()))
                && (accessMode == null || model.offers(accessMode));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
