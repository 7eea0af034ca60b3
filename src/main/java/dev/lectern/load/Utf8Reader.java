package dev.lectern.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Strict UTF-8 text of a sheet or a column map, read as it streams: the first byte that is not UTF-8 stops the
 * reading with a {@link NotUtf8Exception} that says where it is (line and column), which encoding the file is
 * probably in and how to convert it, instead of a replacement character in a student's name. A file that starts
 * like UTF-16 without a byte-order mark (every other byte NUL) is refused at its first read. Nothing is decoded
 * with a guess: a file in another encoding is refused, never graded.
 */
public final class Utf8Reader extends Reader {
    private static final int CHUNK = 1 << 16;
    /** Bytes looked at for the NUL pattern of UTF-16. */
    private static final int SNIFF = 4096;

    private final InputStream in;
    private final String shown;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private boolean started;
    private boolean eof;
    private NotUtf8Exception failure;
    private int line = 1;
    private int column = 1;

    /** {@code shown}: the file as messages name it ("answers.csv", or "&lt;stdin&gt;" for a stream). */
    public Utf8Reader(InputStream in, String shown) {
        this.in = in;
        this.shown = shown;
        bytes.flip();
        chars.flip();
    }

    /**
     * Why {@code file} is not text in the encoding its byte-order mark names (UTF-8 without one), read to its end
     * ({@link TextDecoding}); empty when it is.
     */
    public static Optional<Problem> check(Path file, String shown) throws IOException {
        if (Utf8Scan.certainlyUtf8(file)) {
            return Optional.empty(); // the decoder below would find nothing; it is only needed to say what is wrong
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK);
                Reader reader = TextDecoding.open(in, shown)) {
            char[] sink = new char[CHUNK];
            while (reader.read(sink) >= 0) {
                // Only the decoding matters here.
            }
            return Optional.empty();
        } catch (NotUtf8Exception e) {
            return Optional.of(e.problem());
        }
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

    /** Decodes the next bytes into {@link #chars}, counting lines and columns of what was decoded. */
    private void fill() throws IOException {
        bytes.compact();
        if (!eof) {
            // What the stream has now, not a whole chunk: sheets piped in are graded as they arrive.
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        }
        bytes.flip();
        if (!started) {
            started = true;
            skipBom();
            utf16WithoutBom();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        count();
        if (result.isError()) {
            // What was decoded before the bad byte is read first; the next read fails.
            failure = new NotUtf8Exception(latinProblem());
            if (!chars.hasRemaining()) {
                throw failure;
            }
        }
    }

    private void skipBom() {
        if (bytes.remaining() >= 3
                && (bytes.get(0) & 0xFF) == 0xEF
                && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
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

    /** UTF-16 without a byte-order mark: in the first bytes, NUL in most even (big-endian) or odd places. */
    private void utf16WithoutBom() throws NotUtf8Exception {
        int end = Math.min(bytes.limit(), bytes.position() + SNIFF) & ~1;
        int pairs = (end - bytes.position()) / 2;
        if (pairs < 1) {
            return;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = bytes.position(); i + 1 < end; i += 2) {
            evenNul += bytes.get(i) == 0 && bytes.get(i + 1) != 0 ? 1 : 0;
            oddNul += bytes.get(i + 1) == 0 && bytes.get(i) != 0 ? 1 : 0;
        }
        String encoding = oddNul * 2 > pairs ? "utf-16le" : evenNul * 2 > pairs ? "utf-16be" : null;
        if (encoding != null) {
            int column = encoding.equals("utf-16le") ? 2 : 1;
            failure = new NotUtf8Exception(new Problem(
                    shown,
                    new Pos(1, column),
                    Severity.ERROR,
                    "not UTF-8: a NUL byte at line 1, column " + column + ", and every other byte is NUL: the file"
                            + " is probably " + encoding.toUpperCase(java.util.Locale.ROOT) + " without a byte-order"
                            + " mark; " + convert(encoding)));
            throw failure;
        }
    }

    /** The bad byte is the next one in {@link #bytes}; Windows-1252 when the bytes ahead have its 0x80-0x9F. */
    private Problem latinProblem() {
        int bad = bytes.get(bytes.position()) & 0xFF;
        boolean windows = false;
        for (int i = bytes.position(); i < bytes.limit() && !windows; i++) {
            int b = bytes.get(i) & 0xFF;
            windows = b >= 0x80 && b <= 0x9F;
        }
        String encoding = windows ? "windows-1252" : "latin1";
        String named =
                windows ? "Windows-1252 (it has bytes 0x80-0x9F, Windows' quotes and dashes)" : "Latin-1 (ISO-8859-1)";
        return new Problem(
                shown,
                new Pos(line, column),
                Severity.ERROR,
                String.format(
                        "not UTF-8: byte 0x%02X at line %d, column %d is not valid UTF-8; the file is probably %s; %s",
                        bad, line, column, named, convert(encoding)));
    }

    private String convert(String encoding) {
        String command = "iconv -f " + encoding + " -t utf-8";
        if (shown.startsWith("<")) {
            return "convert it with " + command + " before it is piped in";
        }
        int dot = shown.lastIndexOf('.');
        String converted = dot > shown.lastIndexOf('/') + 1
                ? shown.substring(0, dot) + "-utf8" + shown.substring(dot)
                : shown + "-utf8";
        return "convert it with: " + command + " " + shown + " > " + converted;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
