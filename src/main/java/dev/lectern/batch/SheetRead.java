package dev.lectern.batch;

import dev.lectern.load.Problem;
import java.util.List;

/** What reading one sheet gave: the sheet, or (when {@code sheet} is null) the errors that make it malformed. */
public record SheetRead(Sheet sheet, List<Problem> problems) {
    public SheetRead {
        problems = List.copyOf(problems);
    }

    static SheetRead of(Sheet sheet) {
        return new SheetRead(sheet, List.of());
    }

    static SheetRead malformed(Problem problem) {
        return new SheetRead(null, List.of(problem));
    }

    public boolean malformed() {
        return sheet == null;
    }
}
