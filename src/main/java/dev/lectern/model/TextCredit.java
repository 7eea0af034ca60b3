package dev.lectern.model;

/** Whether a short answer earns all or nothing, or partial credit by word overlap with the best accepted answer. */
public enum TextCredit implements Named {
    ALL_OR_NOTHING("all-or-nothing"),
    /** Token F1 against the best accepted answer, as the SQuAD evaluation scores. */
    F1("f1");

    private final String yamlName;

    TextCredit(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
