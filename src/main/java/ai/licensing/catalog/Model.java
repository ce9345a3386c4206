package ai.licensing.catalog;

import ai.licensing.model.AccessMode;

import java.util.List;

/** A model of the catalog (rules-drl/catalog/models.yaml). */
public record Model(
        String id,
        String name,
        String provider,
        String license,
        List<AccessMode> accessModes,
        boolean multimodal) {

    public boolean offers(AccessMode mode) {
        return accessModes.contains(mode);
    }
}
