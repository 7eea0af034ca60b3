package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.BlankLines;
import dev.lectern.load.Pos;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import org.junit.jupiter.api.Test;

/**
 * A JSON Lines stream with more than 2^31 lines (blank ones, generated: no file on disk; some 10 s of a CPU, hence an
 * IT): the sheet after them is read, at the last line a position holds, instead of an int line counter overflowing
 * into an internal error ("positions count from 1: -2094967295:36").
 */
class JsonlSheetsManyLinesIT {
    @Test
    void aSheetAfterMoreThan2To31BlankLines_isRead() throws IOException {
        long blank = (1L << 31) + 100;
        String sheet = "{\"student\": \"ann\", \"answers\": {\"q1\": \"b\"}}\n";
        Reader generated = new BlankLines("", blank, sheet);
        JsonlSheets sheets = new JsonlSheets(new BufferedReader(generated, 1 << 16), "s.jsonl");
        SheetRead read = sheets.next();
        assertThat(read.malformed()).isFalse();
        assertThat(read.sheet().student()).isEqualTo("ann");
        assertThat(read.sheet().answers()).containsEntry("q1", "b");
        assertThat(read.sheet().pos()).isEqualTo(new Pos(Integer.MAX_VALUE, 1));
        assertThat(sheets.next()).isNull();
    }
}
