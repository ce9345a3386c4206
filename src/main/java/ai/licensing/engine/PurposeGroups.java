package ai.licensing.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the purpose lists rules name ({@code "military, nuclear"}, {@code "automated-decisions"}) as sets of
 * purpose ids, expanding the groups of catalog/purposes.yaml. Rules name the same few lists in every decision,
 * so each is read once per ruleset and kept.
 */
final class PurposeGroups {

    /** The purposes that show nothing to people outside the licensee (AVAIL, {@code makesAvailable}). */
    static final String INTERNAL_ONLY = ai.licensing.catalog.CatalogLoader.INTERNAL_ONLY;

    private final Map<String, Set<String>> groups;
    private final Map<String, Set<String>> expanded = new ConcurrentHashMap<>();

    PurposeGroups(Map<String, Set<String>> groups) {
        this.groups = groups;
    }

    Set<String> expand(String idsOrGroups) {
        return expanded.computeIfAbsent(idsOrGroups, this::read);
    }

    private Set<String> read(String idsOrGroups) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : idsOrGroups.split(",")) {
            String key = name.trim();
            Set<String> group = groups.get(key);
            if (group != null) {
                wanted.addAll(group);
            } else {
                wanted.add(key);
            }
        }
        return Collections.unmodifiableSet(wanted);
    }
}
