package ai.licensing.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a compile of a rules folder was made from, license by license: a digest of the files every license shares
 * ({@code catalog.drl}) and, for each of the catalog's licenses, a digest of its own files (its rule file and the rule
 * text of its purpose table). Two compiles whose contents agree on a license decide that license alike, which lets a
 * reload, and a start near a kept compile, compile only the licenses that differ.
 *
 * @param shared    digest of the files every license shares
 * @param byLicense digest of each license's own files, by license id, in the catalog's order
 */
record RuleContents(String shared, Map<String, String> byLicense) {

    private static final String SHARED = "shared ";
    private static final String LICENSE = "license ";

    RuleContents {
        byLicense = Collections.unmodifiableMap(new LinkedHashMap<>(byLicense));
    }

    /**
     * The licenses whose files differ from {@code earlier}'s, when a compile of {@code earlier} can serve every other
     * license as it is: the shared files and the set of licenses are the same, and at most {@code most} licenses differ.
     */
    Optional<List<String>> licensesChangedSince(RuleContents earlier, int most) {
        Difference difference = differenceFrom(earlier);
        boolean near = byLicense.keySet().equals(earlier.byLicense.keySet()) && !difference.shared() && difference.licenses().size() <= most;
        return near ? Optional.of(difference.licenses()) : Optional.empty();
    }

    /** How these contents differ from {@code earlier}'s: the shared files, and the licenses whose files differ or are new. */
    Difference differenceFrom(RuleContents earlier) {
        List<String> changed = new ArrayList<>();
        byLicense.forEach((id, files) -> {
            if (!files.equals(earlier.byLicense.get(id))) {
                changed.add(id);
            }
        });
        return new Difference(!shared.equals(earlier.shared), List.copyOf(changed));
    }

    /**
     * What differs between two contents.
     *
     * @param shared   whether the files every license shares differ
     * @param licenses the licenses whose own files differ or are new, in the catalog's order
     */
    record Difference(boolean shared, List<String> licenses) {

        /** How many groups of files differ: each license, and the shared files. */
        int size() {
            return licenses.size() + (shared ? 1 : 0);
        }
    }

    /** One line per digest, as a kept compile records them. */
    String text() {
        StringBuilder text = new StringBuilder(SHARED).append(shared).append('\n');
        byLicense.forEach((id, files) -> text.append(LICENSE).append(id).append(' ').append(files).append('\n'));
        return text.toString();
    }

    /** The contents {@link #text()} wrote; empty when the text is not such a record. */
    static Optional<RuleContents> parse(String text) {
        String shared = null;
        Map<String, String> byLicense = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(SHARED) && shared == null) {
                shared = line.substring(SHARED.length());
            } else if (line.startsWith(LICENSE)) {
                String[] parts = line.substring(LICENSE.length()).split(" ");
                if (parts.length != 2 || byLicense.put(parts[0], parts[1]) != null) {
                    return Optional.empty();
                }
            } else if (!line.isEmpty()) {
                return Optional.empty();
            }
        }
        return shared == null ? Optional.empty() : Optional.of(new RuleContents(shared, byLicense));
    }
}
