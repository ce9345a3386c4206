package ai.licensing.catalog;

import ai.licensing.model.Countries;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named regions of {@code catalog/regions.yaml} (region name → ISO 3166-1 alpha-2 codes, {@code eu} among them),
 * and the reading of the lists rules name, where codes and region names mix: {@code "eu, GB, CH"}.
 * Rules name the same few lists in every decision, so each is read once per catalog and kept.
 */
public final class Regions {

    /** The region every catalog has: the member states of the European Union. */
    public static final String EU = "eu";

    private final Map<String, Set<String>> named;
    private final Map<String, Set<String>> expanded = new ConcurrentHashMap<>();

    public Regions(Map<String, Set<String>> named) {
        this.named = Map.copyOf(named);
    }

    public Map<String, Set<String>> named() {
        return named;
    }

    public Set<String> euMemberStates() {
        return named.getOrDefault(EU, Set.of());
    }

    /** Why a name in a list is neither a region nor a country code, or null when it is one of them. */
    public String problem(String codeOrRegion) {
        if (named.containsKey(codeOrRegion) || Countries.isCode(codeOrRegion)) {
            return null;
        }
        return "'" + codeOrRegion + "' is neither an ISO 3166-1 alpha-2 country code nor a region of catalog/regions.yaml "
                + named.keySet().stream().sorted().toList();
    }

    /**
     * The country codes of a comma-separated list of codes and region names; throws IllegalArgumentException for a
     * name that is neither (rule checks report it at load time, so a loaded ruleset never gets here).
     */
    public Set<String> countriesIn(String codesOrRegions) {
        return expanded.computeIfAbsent(codesOrRegions, this::read);
    }

    private Set<String> read(String codesOrRegions) {
        Set<String> codes = new LinkedHashSet<>();
        for (String name : codesOrRegions.split(",")) {
            String key = name.trim();
            String problem = problem(key);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            codes.addAll(named.getOrDefault(key, Set.of(key)));
        }
        return Collections.unmodifiableSet(codes);
    }
}
