package dev.lectern.batch.forms;

/** What a column of an export is read as. */
public enum ColumnRole {
    /** Answers to a question (or to one row of an order or match question's grid). */
    QUESTION("question"),
    /** (Part of) the student's name. */
    NAME("name"),
    /** Known metadata (a timestamp, the tool's own score, an email beside a name): ignored quietly. */
    METADATA("metadata"),
    /** Nothing Lectern knows: ignored, with a warning. */
    IGNORED("ignored");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
