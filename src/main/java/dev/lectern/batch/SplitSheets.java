package dev.lectern.batch;

import java.io.IOException;

/**
 * A reader whose sheets can be cut out of the input on one thread and read on others: a JSON Lines file is a
 * sheet a line, so finding where a sheet ends needs no parsing. {@link Pipeline} cuts on its reading thread and
 * parses on the grading threads; {@link #next} does both in turn.
 */
interface SplitSheets extends SheetReader {
    /** The text of one sheet and the line it is on. */
    record Text(String text, long line) {}

    /** The next sheet's text, in input order; null at the end. One thread at a time. */
    Text nextText() throws IOException;

    /** The sheet (or malformed sheet) written in {@code text}: any number of threads at once. */
    SheetRead parse(Text text);

    @Override
    default SheetRead next() throws IOException {
        Text text = nextText();
        return text == null ? null : parse(text);
    }
}
