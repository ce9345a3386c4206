package ai.licensing.catalog;

import ai.licensing.model.SourceError;

import java.util.List;

/** The catalog does not parse or does not hold together. */
public class CatalogException extends RuntimeException {

    private final transient List<SourceError> errors;

    public CatalogException(List<SourceError> errors) {
        super("The catalog has " + errors.size() + " problem(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<SourceError> errors() {
        return errors;
    }
}
