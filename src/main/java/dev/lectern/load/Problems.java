package dev.lectern.load;

import dev.lectern.model.Printable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file, in the order found, up to a cap: past {@value #MAX} a file is
 * better fixed from the top than read to the end.
 */
final class Problems {
    static final int MAX = 100;

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private boolean capped;
    /** Errors reported, kept or not: past the cap a question's reader must still see that it found one. */
    private int errors;

    private boolean unreadable;
    /** No cap: the problems of part of a file, read on a thread of its own, to be {@link #replay}ed in order. */
    private final boolean part;

    Problems(String file) {
        this(file, false);
    }

    private Problems(String file, boolean part) {
        this.file = file;
        this.part = part;
    }

    /** Problems of some of this file's questions, kept whole (no cap) until {@link #replay}ed here. */
    Problems part() {
        return new Problems(file, true);
    }

    /** Problems kept so far: where a question's problems end in a {@link #part}. */
    int size() {
        return list.size();
    }

    /**
     * Problems {@code [from, to)} of a {@link #part}, reported here as if found here: the cap, the error count and
     * the order come out as when the questions were read on this thread.
     */
    void replay(Problems part, int from, int to) {
        for (Problem p : part.list.subList(from, to)) {
            if (p.isError()) {
                errors++;
            }
            add(p);
        }
        unreadable |= part.unreadable;
    }

    String file() {
        return file;
    }

    void error(Pos pos, String message) {
        errors++;
        add(new Problem(file, pos, Severity.ERROR, oneLine(message)));
    }

    /**
     * An error that means the file cannot be read as what it should be at all (not a regular file, past one of
     * the {@link Limits}): a usage error, exit 2, rather than a problem found in a set.
     */
    void refuse(Pos pos, String message) {
        unreadable = true;
        error(pos, message);
    }

    boolean unreadable() {
        return unreadable;
    }

    void warning(Pos pos, String message) {
        add(new Problem(file, pos, Severity.WARNING, oneLine(message)));
    }

    /**
     * The message with line breaks and other control characters escaped ({@code \n}, {@code \u0000}): messages
     * quote the file's text, and each problem must stay on one line.
     */
    static String oneLine(String message) {
        return Printable.oneLine(message);
    }

    private void add(Problem problem) {
        if (part) {
            list.add(problem);
            return;
        }
        if (capped) {
            return;
        }
        if (list.size() == MAX) {
            capped = true;
            list.add(new Problem(
                    file,
                    problem.pos(),
                    Severity.ERROR,
                    "too many problems; stopped after " + MAX + ". Fix these and run check again"));
            return;
        }
        list.add(problem);
    }

    /**
     * Errors reported so far, including those past the cap, which are not kept: a reader that compares the count
     * before and after a question must see the question's own errors however many came before (when it did not, a
     * question with no prompt past the hundredth problem was built, and check stopped with an internal error).
     */
    int errorCount() {
        return errors;
    }

    /** Whether an error is among the problems kept: one was, or the cap's own error stands for those dropped. */
    boolean hasErrors() {
        return errors > 0 || capped;
    }

    /** In file order, like a compiler's output; problems at one place keep the order they were found in. */
    List<Problem> toList() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.pos().line())
                .thenComparingInt(p -> p.pos().column()));
        return List.copyOf(sorted);
    }
}
