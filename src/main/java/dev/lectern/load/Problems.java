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
    private boolean unreadable;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(Pos pos, String message) {
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

    int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** In file order, like a compiler's output; problems at one place keep the order they were found in. */
    List<Problem> toList() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.pos().line())
                .thenComparingInt(p -> p.pos().column()));
        return List.copyOf(sorted);
    }
}
