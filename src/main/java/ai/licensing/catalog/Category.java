package ai.licensing.catalog;

import ai.licensing.model.Vocabulary;
import com.fasterxml.jackson.annotation.JsonCreator;

public enum Category implements Vocabulary {
    PERMISSIVE, COPYLEFT, OPEN_RESTRICTED, NON_COMMERCIAL, PROPRIETARY;

    @Override
    public String id() {
        return Vocabulary.idOf(this);
    }

    @JsonCreator
    public static Category of(String id) {
        return Vocabulary.parse(Category.class, id);
    }
}
