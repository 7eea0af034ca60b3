package dev.lectern.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Strict UTF-16 text after its byte-order mark (Excel's "Unicode text"), read as it streams: an unpaired surrogate
 * or an odd last byte stops the reading with a {@link NotUtf8Exception} that says where (line, column and byte
 * offset), as {@link Utf8Reader} does for UTF-8, instead of a replacement character in a student's name.
 */
final class Utf16Reader extends Reader {
    private static final int CHUNK = 1 << 16;
    /** The byte-order mark, already read: offsets in messages count it. */
    private static final int BOM = 2;

    private final InputStream in;
    private final String shown;
    private final String encoding;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private boolean eof;
    private NotUtf8Exception failure;
    private long consumed;
    private int line = 1;
    private int column = 1;

    /** {@code in} positioned after the mark; {@code charset} UTF-16LE or UTF-16BE, as the mark said. */
    Utf16Reader(InputStream in, Charset charset, String shown) {
        this.in = in;
        this.shown = shown;
        this.encoding = charset.name().toUpperCase(Locale.ROOT);
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (eof && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        if (!eof) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        }
        bytes.flip();
        int before = bytes.position();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        consumed += bytes.position() - before;
        count();
        if (result.isError()) {
            failure = new NotUtf8Exception(problem());
            bytes.position(bytes.limit());
            if (!chars.hasRemaining()) {
                throw failure;
            }
        }
    }

    private void count() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    /** The bad unit is the next one in {@link #bytes}. */
    private Problem problem() {
        long offset = BOM + consumed;
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
                new Pos(line, column),
                Severity.ERROR,
                String.format(
                        "not valid UTF-16: at line %d, column %d (byte offset %d in the file), %s; the file is"
                                + " damaged: export it again, or save it as UTF-8",
                        line, column, offset, what));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
