package dev.lectern.batch.forms;

import java.util.List;
import java.util.Map;

/**
 * What the teacher said about the columns: {@code student} names the name columns ({@code --student-column},
 * joined with spaces in that order; empty: guess), {@code map} sends headers to questions ({@code --columns}: a
 * header to {@code id}, {@code id [row]} for one row of a grid, or {@code ignore}), overriding every guess.
 */
public record ColumnOptions(List<String> student, Map<String, String> map) {
    public static final String IGNORE = "ignore";

    public ColumnOptions {
        student = List.copyOf(student);
        map = Map.copyOf(map);
    }

    public static ColumnOptions none() {
        return new ColumnOptions(List.of(), Map.of());
    }
}
