package dev.lectern.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
public final class Utf8Reader extends StrictReader {
    /** Bytes looked at for the NUL pattern of UTF-16. */
    private static final int SNIFF = 4096;

    private final String shown;

    /** {@code shown}: the file as messages name it ("answers.csv", or "&lt;stdin&gt;" for a stream). */
    public Utf8Reader(InputStream in, String shown) {
        super(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.shown = shown;
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
    void start() throws NotUtf8Exception {
        skipBom();
        utf16WithoutBom();
    }

    private void skipBom() {
        if (bytes.remaining() >= 3
                && (bytes.get(0) & 0xFF) == 0xEF
                && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
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
            throw fail(new Problem(
                    shown,
                    new Pos(1, column),
                    Severity.ERROR,
                    "not UTF-8: a NUL byte at line 1, column " + column + ", and every other byte is NUL: the file"
                            + " is probably " + encoding.toUpperCase(java.util.Locale.ROOT) + " without a byte-order"
                            + " mark; " + convert(encoding)));
        }
    }

    /** The bad byte is the next one in {@link #bytes}; Windows-1252 when the bytes ahead have its 0x80-0x9F. */
    @Override
    Problem problem() {
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
                new Pos(line(), column()),
                Severity.ERROR,
                String.format(
                        "not UTF-8: byte 0x%02X at line %d, column %d is not valid UTF-8; the file is probably %s; %s",
                        bad, line(), column(), named, convert(encoding)));
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
}
