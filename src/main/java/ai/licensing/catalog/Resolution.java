package ai.licensing.catalog;

import java.util.List;

/**
 * How a name a client sent resolved against the catalog: to one canonical id, to none (with suggestions), or to
 * several (the catalog then needs a lawyer's edit, and the client a more precise name).
 *
 * @param sent        the name as sent
 * @param id          the canonical id; null unless exactly one entry matched
 * @param matchedBy   the identifier family that matched ({@code huggingface-id}, {@code purl}, {@code url},
 *                    {@code hf-tag}, {@code spdx}, {@code scancode}, {@code alias}); null when the canonical id was sent
 * @param matches     the canonical ids of every entry that matched, when more than one did
 * @param suggestions near misses, best first, at most five; only when nothing matched
 */
public record Resolution(String sent, String id, String matchedBy, List<String> matches, List<String> suggestions) {

    public boolean resolved() {
        return id != null;
    }

    public boolean ambiguous() {
        return matches.size() > 1;
    }

    /** True when the name sent was an alias rather than the canonical id itself. */
    public boolean viaAlias() {
        return matchedBy != null;
    }
}
