package dev.lectern.batch;

import dev.lectern.batch.forms.ColumnPlan;
import java.io.IOException;
import java.util.Optional;

/** Reads sheets one at a time, so a class of any size never sits in memory. */
public interface SheetReader {
    /** The next sheet or malformed sheet; null at the end of the input. */
    SheetRead next() throws IOException;

    /** For a CSV export, how its columns were read (known once the reader is made); empty for other formats. */
    default Optional<ColumnPlan> columns() {
        return Optional.empty();
    }
}
