package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonCreator;

public enum LicenseeType implements Vocabulary {
    COMPANY, INDIVIDUAL, GOVERNMENT, NONPROFIT, ACADEMIC;

    @Override
    public String id() {
        return Vocabulary.idOf(this);
    }

    @JsonCreator
    public static LicenseeType of(String id) {
        return Vocabulary.parse(LicenseeType.class, id);
    }
}
