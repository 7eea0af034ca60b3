package dev.lectern.model;

/** How a multi question with several right choices gives partial credit. */
public enum MultiScoring implements Named {
    /** Full points only for exactly the right picks. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** Each right pick +1/k, each wrong pick −1/k (k right choices), never below zero: Moodle's and Canvas's rule. */
    RIGHT_MINUS_WRONG("right-minus-wrong"),
    /** Every option judged on its own: picked when right, left when wrong; the share judged well. */
    PER_OPTION("per-option");

    private final String yamlName;

    MultiScoring(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
