package dev.lectern.load;

import dev.lectern.model.Printable;

/** One thing wrong with a file, as a value: where it is, how bad it is, and what to do about it. */
public record Problem(String file, Pos pos, Severity severity, String message) {
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code path:line:col: error: message}, the way compilers print, so editors can jump to it; its control
     * characters escaped ({@link Printable#escape}), as it is printed for people. Line breaks stay: a few messages
     * (a refused CSV export's column table) are several lines on purpose, and the loader's are one line already.
     */
    @Override
    public String toString() {
        return Printable.escape(
                file + ":" + pos.line() + ":" + pos.column() + ": " + severity.label() + ": " + message);
    }
}
