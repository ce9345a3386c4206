package ai.licensing.engine;

import ai.licensing.model.SourceError;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder does not compile (or its catalog does not load); lists every error with file and line. */
public class RulesetException extends RuntimeException {

    private final transient List<SourceError> errors;

    public RulesetException(List<SourceError> errors) {
        super("The rules do not compile:\n" + errors.stream().map(SourceError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<SourceError> errors() {
        return errors;
    }
}
