package dev.lectern.load;

/** One thing wrong with a file, as a value: where it is, how bad it is, and what to do about it. */
public record Problem(String file, Pos pos, Severity severity, String message) {
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message}, the way compilers print, so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + pos.line() + ":" + pos.column() + ": " + severity.label() + ": " + message;
    }
}
