package dev.lectern.load;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Strict UTF-16 text after its byte-order mark (Excel's "Unicode text"), read as it streams: an unpaired surrogate
 * or an odd last byte stops the reading with a {@link NotUtf8Exception} that says where (line, column and byte
 * offset), as {@link Utf8Reader} does for UTF-8, instead of a replacement character in a student's name.
 */
final class Utf16Reader extends StrictReader {
    /** The byte-order mark, already read: offsets in messages count it. */
    private static final int BOM = 2;

    private final String shown;
    private final String encoding;

    /** {@code in} positioned after the mark; {@code charset} UTF-16LE or UTF-16BE, as the mark said. */
    Utf16Reader(InputStream in, Charset charset, String shown) {
        super(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.shown = shown;
        this.encoding = charset.name().toUpperCase(Locale.ROOT);
    }

    @Override
    void start() {
        // The mark was read by TextDecoding.
    }

    /** The bad unit is the next one in {@link #bytes}. */
    @Override
    Problem problem() {
        long offset = BOM + decoded();
        String what;
        if (bytes.remaining() < 2) {
            what = String.format(
                    "the file ends in the middle of a character (an odd last byte, 0x%02X)",
                    bytes.get(bytes.position()) & 0xFF);
        } else {
            boolean little = encoding.endsWith("LE");
            int a = bytes.get(bytes.position()) & 0xFF;
            int b = bytes.get(bytes.position() + 1) & 0xFF;
            int unit = little ? (b << 8) | a : (a << 8) | b;
            what = String.format(
                    "0x%04X is half of a character whose other half is missing (an unpaired surrogate)", unit);
        }
        return new Problem(
                shown,
                new Pos(line(), column()),
                Severity.ERROR,
                String.format(
                        "not valid UTF-16: at line %d, column %d (byte offset %d in the file), %s; the file is"
                                + " damaged: export it again, or save it as UTF-8",
                        line(), column(), offset, what));
    }
}
