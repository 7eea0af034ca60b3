package dev.lectern.batch;

import java.io.IOException;

/** Reads sheets one at a time, so a class of any size never sits in memory. */
public interface SheetReader {
    /** The next sheet or malformed sheet; null at the end of the input. */
    SheetRead next() throws IOException;
}
