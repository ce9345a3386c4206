package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the licensee reaches the model: its weights, or a provider's hosted API. */
public enum AccessMode implements Vocabulary {
    WEIGHTS, API;

    @Override
    public String id() {
        return Vocabulary.idOf(this);
    }

    @JsonCreator
    public static AccessMode of(String id) {
        return Vocabulary.parse(AccessMode.class, id);
    }
}
