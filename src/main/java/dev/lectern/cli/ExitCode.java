package dev.lectern.cli;

/** What {@code lectern} exits with, so scripts and editors can tell outcomes apart. */
public enum ExitCode {
    /** Everything checked out. */
    OK(0),
    /** The input has problems (errors, or warnings under {@code --strict}). */
    PROBLEMS(1),
    /** The command was used wrongly: an unknown option, a path that does not exist. */
    USAGE(2),
    /** A bug in Lectern; reported in one line, never as a stack trace. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
