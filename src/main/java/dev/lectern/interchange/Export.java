package dev.lectern.interchange;

import java.util.Arrays;
import java.util.List;

/**
 * An exported file's bytes, how many questions it holds, and a note for every question left out or changed.
 * {@code written} is 0 when the format could hold none of the set's questions: then there is nothing to save.
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out, and equals compares the bytes
public record Export(byte[] bytes, int written, List<ExportNote> notes) {
    public Export {
        bytes = bytes.clone();
        notes = List.copyOf(notes);
        if (written < 0) {
            throw new IllegalArgumentException("written cannot be negative: " + written);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isEmpty() {
        return written == 0;
    }

    // Records compare arrays by identity; two exports are equal when their bytes are.
    @Override
    public boolean equals(Object o) {
        return o instanceof Export e && Arrays.equals(bytes, e.bytes) && written == e.written && notes.equals(e.notes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + notes.hashCode() + written;
    }

    @Override
    public String toString() {
        return "Export[" + bytes.length + " bytes, " + written + " questions, notes=" + notes + "]";
    }
}
