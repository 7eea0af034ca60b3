package dev.lectern.batch;

import dev.lectern.load.TextDecoding;
import dev.lectern.load.Utf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The text of answer sheets, in the encoding its byte-order mark names: UTF-8 with or without one, UTF-16 with
 * one (little- or big-endian: Excel's "Unicode text"). The mark itself is not part of the text. Latin-1, Windows-1252
 * or UTF-16 without a mark are refused, naming the encoding (issue 17), never read as broken UTF-8; UTF-16 that is
 * not valid (an unpaired surrogate, an odd last byte) is refused where it breaks. The decoding is {@link
 * TextDecoding}'s, which column maps share.
 */
public final class Encodings {
    private Encodings() {}

    /**
     * {@code shown}: the file as messages name it. Decoded strictly ({@link Utf8Reader}): a byte that is not UTF-8,
     * or UTF-16 without a mark, fails the read with a message naming the encoding and how to convert.
     */
    public static Reader open(InputStream in, String shown) throws IOException {
        return TextDecoding.open(in, shown);
    }
}
