package dev.lectern.batch.forms;

/** The rule by which a column was given its role: what {@code --show-columns} prints in its last column. */
public enum MatchedBy {
    ID("id"),
    PROMPT("prompt"),
    GRID_ROW("prompt and grid row"),
    POSITION("position"),
    FUZZY("closest prompt"),
    MAP_FILE("--columns"),
    OPTION("--student-column"),
    KNOWN("known header"),
    NONE("no rule");

    private final String label;

    MatchedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A guess the teacher should see: the column's header is not the question's id. */
    public boolean isGuess() {
        return this == PROMPT || this == GRID_ROW || this == FUZZY;
    }
}
