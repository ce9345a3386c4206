package ai.licensing.model;

/** The kinds of value a profile fact holds, named as {@code GET /v1/facts} shows them. */
public enum FactType {
    BOOLEAN("boolean"),
    /** A whole number, 0 or more. */
    COUNT("integer"),
    TEXT("string"),
    /** A calendar date, {@code YYYY-MM-DD}. */
    DATE("date"),
    /** One id of a fixed vocabulary. */
    CHOICE("enum"),
    /** A list of ids of a fixed vocabulary. */
    CHOICES("enum-list"),
    /** An ISO 3166-1 alpha-2 code. */
    COUNTRY("country"),
    COUNTRIES("country-list"),
    /** A list of free strings (ids the engine resolves). */
    TEXTS("string-list");

    private final String id;

    FactType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isList() {
        return this == CHOICES || this == COUNTRIES || this == TEXTS;
    }
}
