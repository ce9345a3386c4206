package ai.licensing.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Licenses, models and the shared vocabulary the rules use (purpose groups, named regions such as the EU),
 * all loaded from the catalog folder beside the rules.
 */
public record Catalog(
        Map<String, License> licenses,
        Map<String, Model> models,
        Map<String, Set<String>> purposeGroups,
        Regions regions) {

    /** The member states of the European Union (the {@code eu} region). */
    public Set<String> euMemberStates() {
        return regions.euMemberStates();
    }

    public Optional<License> license(String id) {
        return Optional.ofNullable(licenses.get(id));
    }

    public Optional<Model> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    public Collection<Model> allModels() {
        return models.values();
    }

    public List<String> licenseIds() {
        return List.copyOf(licenses.keySet());
    }

    public List<String> modelIds() {
        return List.copyOf(models.keySet());
    }
}
