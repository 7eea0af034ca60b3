package dev.lectern.model;

/** How an order question gives partial credit. */
public enum OrderScoring implements Named {
    /** Full points only for the whole order right. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** The share of item pairs in the right relative order (the default). */
    PAIRS("pairs");

    private final String yamlName;

    OrderScoring(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
