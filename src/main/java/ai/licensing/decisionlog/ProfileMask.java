package ai.licensing.decisionlog;

import ai.licensing.json.Json;
import ai.licensing.model.UsageProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Profile fields left out of the decision log (like OPA's decision log masking), so that a deployment can keep
 * facts such as a licensee's country or a derivative's name out of a file that many people may read. Each stored
 * decision lists the paths that had a value and were left out, so that replay and {@code diff} can say it cannot be
 * replayed instead of reporting a change that only the missing fact made.
 */
public final class ProfileMask {

    public static final ProfileMask NONE = new ProfileMask(List.of());

    /** What identifies a decision: without them a decision cannot be found by model or license, nor replayed at all. */
    private static final Set<String> NEVER_MASKED = Set.of("model", "license");

    /** The profile as stored, and the dotted paths that had a value and were left out of it. */
    public record Masked(UsageProfile profile, List<String> paths) {
    }

    private static final ObjectMapper MAPPER = Json.profiles();

    private final List<String[]> paths;

    private ProfileMask(List<String[]> paths) {
        this.paths = paths;
    }

    /**
     * A mask of dotted profile paths ({@code licensee.country}). A path the profile does not have is an error,
     * so a typo in the configuration never silently logs the field it meant to hide.
     */
    public static ProfileMask of(List<String> dottedPaths) {
        List<String[]> paths = dottedPaths.stream().map(String::trim).filter(p -> !p.isEmpty()).map(ProfileMask::checked).toList();
        return new ProfileMask(paths);
    }

    private static String[] checked(String dotted) {
        if (NEVER_MASKED.contains(dotted)) {
            throw new IllegalArgumentException("'" + dotted + "' cannot be masked: every decision is stored, found and replayed by its "
                    + "model and license; mask the facts about the licensee and its use instead");
        }
        String[] keys = dotted.split("\\.", -1);
        Class<?> type = UsageProfile.class;
        for (String key : keys) {
            RecordComponent[] fields = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            type = Arrays.stream(fields).filter(f -> f.getName().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + dotted + "' is not a field of the usage profile"))
                    .getType();
        }
        return keys;
    }

    /** The profile without the masked fields (null, i.e. absent), and which of them had a value. */
    public Masked apply(UsageProfile profile) {
        if (paths.isEmpty()) {
            return new Masked(profile, List.of());
        }
        ObjectNode tree = MAPPER.valueToTree(profile);
        List<String> removed = new ArrayList<>();
        for (String[] keys : paths) {
            JsonNode parent = tree;
            for (int i = 0; i < keys.length - 1 && parent != null; i++) {
                parent = parent.get(keys[i]);
            }
            if (parent instanceof ObjectNode object) {
                JsonNode value = object.remove(keys[keys.length - 1]);
                if (value != null && !value.isNull()) {
                    removed.add(String.join(".", keys));
                }
            }
        }
        return new Masked(MAPPER.convertValue(tree, UsageProfile.class), removed);
    }
}
