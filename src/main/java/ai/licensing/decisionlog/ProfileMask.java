package ai.licensing.decisionlog;

import ai.licensing.json.Json;
import ai.licensing.model.UsageProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Profile fields left out of the decision log (like OPA's decision log masking), so that a deployment can keep
 * facts such as a licensee's country or a derivative's name out of a file that many people may read.
 */
public final class ProfileMask {

    public static final ProfileMask NONE = new ProfileMask(List.of());

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

    /** The profile without the masked fields (null, i.e. absent); the profile itself when nothing is masked. */
    public UsageProfile apply(UsageProfile profile) {
        if (paths.isEmpty()) {
            return profile;
        }
        ObjectNode tree = MAPPER.valueToTree(profile);
        for (String[] keys : paths) {
            JsonNode parent = tree;
            for (int i = 0; i < keys.length - 1 && parent != null; i++) {
                parent = parent.get(keys[i]);
            }
            if (parent instanceof ObjectNode object) {
                object.remove(keys[keys.length - 1]);
            }
        }
        return MAPPER.convertValue(tree, UsageProfile.class);
    }
}
