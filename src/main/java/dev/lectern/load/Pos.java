package dev.lectern.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** A 1-based line and column in a source file. SnakeYAML's marks are 0-based, hence the {@code + 1}s. */
public record Pos(int line, int column) {
    public static final Pos START = new Pos(1, 1);

    public Pos {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions count from 1: " + line + ":" + column);
        }
    }

    /**
     * Line {@code line} of a stream, which may have more lines than an int holds (a file of answer sheets is not
     * bounded in size): past {@link Integer#MAX_VALUE}, that; a message says the real number where it matters.
     */
    public static Pos at(long line, int column) {
        return new Pos((int) Math.min(line, Integer.MAX_VALUE), column);
    }

    static Pos of(Optional<Mark> mark) {
        return mark.map(m -> new Pos(m.getLine() + 1, m.getColumn() + 1)).orElse(START);
    }

    static Pos of(Node node) {
        return of(node.getStartMark());
    }
}
