package ai.licensing.bom;

import ai.licensing.catalog.Names;
import ai.licensing.catalog.Resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the catalog model a component is, trying its identities from the most precise: the purl, then group/name
 * (a Hugging Face repository id), then the name alone, then each external reference. The first name that matches
 * one model decides; a name that matches several stops the search, since a later one could not settle it.
 */
final class ModelIdentity {

    private ModelIdentity() {
    }

    /** The deciding resolution, or the last unresolved one (whose suggestions are the best on offer); null when the component gave no name. */
    static Resolution of(Names names, BomComponent component) {
        List<String> candidates = candidates(component);
        for (String name : candidates) {
            Resolution r = names.model(name, false);
            if (r.resolved() || r.ambiguous()) {
                return r;
            }
        }
        // None resolved: only now search for near misses, in order, until one name has some.
        Resolution best = null;
        for (String name : candidates) {
            best = names.model(name);
            if (!best.suggestions().isEmpty()) {
                return best;
            }
        }
        return best;
    }

    private static List<String> candidates(BomComponent c) {
        List<String> names = new ArrayList<>();
        addIfPresent(names, c.purl());
        addIfPresent(names, c.qualifiedName());
        if (c.group() != null) {
            addIfPresent(names, c.name());
        }
        c.addresses().forEach(address -> addIfPresent(names, address));
        return names;
    }

    private static void addIfPresent(List<String> names, String name) {
        if (name != null && !name.isBlank() && !names.contains(name)) {
            names.add(name);
        }
    }
}
