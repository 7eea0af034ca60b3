package dev.lectern.load;

import java.io.IOException;

/**
 * Input past one of the {@link Limits}, found while reading a stream (answer sheets): where, and a message that
 * names the limit and what to do. Reading stops there: what follows cannot be told apart from the rest of the
 * over-long line or sheet.
 */
public final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient Pos pos;

    /** {@code file} as shown in messages. */
    public LimitExceeded(String file, Pos pos, String message) {
        super(message);
        this.file = file;
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }

    /** The limit as a problem, {@code file:line:col: error: message}. */
    public Problem problem() {
        return new Problem(file, pos, Severity.ERROR, getMessage());
    }
}
