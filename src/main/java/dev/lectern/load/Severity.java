package dev.lectern.load;

/** Errors make a set unusable; warnings point at something a teacher probably wants to fix. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
