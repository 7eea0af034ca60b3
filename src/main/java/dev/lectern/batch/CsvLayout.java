package dev.lectern.batch;

import dev.lectern.batch.forms.ColumnOptions;
import java.util.Optional;

/** How to read a CSV export: what the teacher said about its columns, and its delimiter (empty: sniffed). */
public record CsvLayout(ColumnOptions columns, Optional<Delimiter> delimiter) {
    public static CsvLayout guessed() {
        return new CsvLayout(ColumnOptions.none(), Optional.empty());
    }
}
