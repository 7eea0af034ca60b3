package dev.lectern.load;

import java.io.IOException;

/** A file read by {@link Utf8Reader} is not UTF-8: the problem says where, what it probably is and how to convert. */
public final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public NotUtf8Exception(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
