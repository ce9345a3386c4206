package ai.licensing.bom;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Why a model of a bill of materials has no verdict, as an RFC 9457 problem object: what was seen, the near
 * misses of its name, or the catalog entries a name matched when it matched several.
 */
public record ComponentProblem(String type, String title, int status, String detail,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> suggestions,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> matches) {

    static ComponentProblem of(String title, String detail, List<String> suggestions, List<String> matches) {
        return new ComponentProblem("about:blank", title, 422, detail, suggestions, matches);
    }
}
