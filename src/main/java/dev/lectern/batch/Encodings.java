package dev.lectern.batch;

import dev.lectern.load.Utf8Reader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text of answer sheets, in the encoding its byte-order mark names: UTF-8 with or without one, UTF-16 with
 * one (little- or big-endian: Excel's "Unicode text"). The mark itself is not part of the text. Latin-1, Windows-1252
 * or UTF-16 without a mark are refused, naming the encoding (issue 17), never read as broken UTF-8.
 */
public final class Encodings {
    private Encodings() {}

    /**
     * {@code shown}: the file as messages name it. UTF-8 is decoded strictly ({@link Utf8Reader}): a byte that is not
     * UTF-8, or UTF-16 without a mark, fails the read with a message naming the encoding and how to convert.
     */
    public static Reader open(InputStream in, String shown) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        buffered.mark(3);
        int a = buffered.read();
        int b = buffered.read();
        int c = buffered.read();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (a == 0xEF && b == 0xBB && c == 0xBF) {
            skip = 3;
        } else if (a == 0xFF && b == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (a == 0xFE && b == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        buffered.reset();
        buffered.skipNBytes(skip);
        return charset.equals(StandardCharsets.UTF_8)
                ? new Utf8Reader(buffered, shown)
                : new InputStreamReader(buffered, charset);
    }
}
