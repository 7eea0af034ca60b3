package dev.lectern.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Text in the encoding its byte-order mark names, decoded strictly: UTF-8 with or without one ({@link Utf8Reader}),
 * UTF-16 little- or big-endian with one ({@link Utf16Reader}). A mark is unambiguous, so it is followed; without
 * one the text must be UTF-8, and another encoding is refused naming it. The mark is not part of the text. Answer
 * sheets and column maps are read so (issue 17).
 */
public final class TextDecoding {
    private TextDecoding() {}

    /** {@code shown}: the file as messages name it. A read fails with a {@link NotUtf8Exception} at a bad byte. */
    public static Reader open(InputStream in, String shown) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int a = buffered.read();
        int b = buffered.read();
        buffered.reset();
        if (a == 0xFF && b == 0xFE) {
            buffered.skipNBytes(2);
            return new Utf16Reader(buffered, StandardCharsets.UTF_16LE, shown);
        }
        if (a == 0xFE && b == 0xFF) {
            buffered.skipNBytes(2);
            return new Utf16Reader(buffered, StandardCharsets.UTF_16BE, shown);
        }
        return new Utf8Reader(buffered, shown); // skips a UTF-8 mark itself
    }
}
