package ai.licensing.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of one kind of catalog entry (models, or licenses), looked up exactly but without regard to case. A
 * name belongs to one entry only: the loader reports a name that a second entry claims.
 */
final class NameIndex {

    /** Which identifier family a name belongs to; the canonical id itself is {@link #ID}. */
    static final String ID = "id";

    /** When one entry owns a name in several families, the most specific one is reported. */
    private static final List<String> PRECEDENCE =
            List.of("huggingface-id", "purl", "url", "spdx", "hf-tag", "scancode", "alias", ID);

    private static final int MAX_SUGGESTIONS = 5;

    /** A name of an entry: the entry's id and the family the name came from. */
    record Owner(String id, String family) {
    }

    /** A name an entry claims that another entry already has. */
    record Clash(String name, String family, String id, String otherId) {
    }

    private final Map<String, List<Owner>> owners = new LinkedHashMap<>();

    /** Letter case and a trailing slash (of an address) never make two names different. */
    static String key(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return key.length() > 1 && key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }

    /** Adds a name; returns the clash when another entry already owns it, or the same entry lists it twice in one family. */
    Clash add(String name, String id, String family) {
        List<Owner> list = owners.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        for (Owner owner : list) {
            if (!owner.id().equals(id) || owner.family().equals(family)) {
                return new Clash(name, family, id, owner.id());
            }
        }
        list.add(new Owner(id, family));
        return null;
    }

    /** The owners of a name, or of the derived name (a Hugging Face id read from a purl or address) relabelled as {@code family}. */
    List<Owner> owners(String name) {
        return owners.getOrDefault(key(name), List.of());
    }

    /** What was sent, resolved by its owners; with {@code suggest}, the nearest names when it names nothing (a search of every name). */
    Resolution resolve(String sent, List<Owner> found, boolean suggest) {
        Map<String, String> familyById = new LinkedHashMap<>();
        for (Owner owner : found) {
            familyById.merge(owner.id(), owner.family(), NameIndex::moreSpecific);
        }
        if (familyById.isEmpty()) {
            return new Resolution(sent, null, null, List.of(), suggest ? suggestions(sent) : List.of());
        }
        if (familyById.size() > 1) {
            return new Resolution(sent, null, null, List.copyOf(familyById.keySet()), List.of());
        }
        Map.Entry<String, String> only = familyById.entrySet().iterator().next();
        String id = only.getKey();
        // The id in other letter case is still a name the catalog does not list verbatim.
        String matchedBy = id.equals(sent) ? null : only.getValue().equals(ID) ? "alias" : only.getValue();
        return new Resolution(sent, id, matchedBy, List.of(id), List.of());
    }

    private static String moreSpecific(String a, String b) {
        return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
    }

    /** Ids whose names are closest to what was sent (edit distance, or containment), for a person to choose from. */
    private List<String> suggestions(String sent) {
        String wanted = key(sent);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> best = new LinkedHashMap<>();
        owners.forEach((name, list) -> {
            int distance = distance(wanted, name);
            boolean contains = wanted.length() >= 4 && name.length() >= 4 && (name.contains(wanted) || wanted.contains(name));
            if (contains || distance <= Math.max(2, Math.min(wanted.length(), name.length()) / 3)) {
                // Between equally distant names, one that contains what was sent (or is contained in it) ranks first.
                int score = 2 * distance - (contains ? 1 : 0);
                for (Owner owner : list) {
                    best.merge(owner.id(), score, Math::min);
                }
            }
        });
        Set<String> ranked = new LinkedHashSet<>();
        best.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS).forEach(e -> ranked.add(e.getKey()));
        return List.copyOf(ranked);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
