package ai.licensing.engine.explain;

import ai.licensing.model.UsageProfile;

import java.util.ArrayList;
import java.util.List;

/** Applies {@link Change}s to a profile, giving a new profile; the original is never modified. */
final class ProfileEdits {

    private ProfileEdits() {
    }

    static UsageProfile apply(UsageProfile profile, List<Change> changes) {
        UsageProfile changed = profile;
        for (Change change : changes) {
            changed = apply(changed, change);
        }
        return changed;
    }

    private static UsageProfile apply(UsageProfile profile, Change change) {
        ProfileFacts.Fact fact = ProfileFacts.of(change.fact())
                .orElseThrow(() -> new IllegalArgumentException("no profile fact " + change.fact()));
        if (change.to() != null) {
            return ProfileFacts.with(profile, fact, change.to());
        }
        List<Object> list = new ArrayList<>();
        if (ProfileFacts.valueOf(profile, fact) instanceof List<?> stated) {
            list.addAll(stated);
        }
        if (change.add() != null && !list.contains(change.add())) {
            list.add(change.add());
        }
        list.remove(change.remove());
        return ProfileFacts.with(profile, fact, list);
    }
}
