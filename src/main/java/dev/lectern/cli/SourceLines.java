package dev.lectern.cli;

import dev.lectern.load.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The lines of a file that problems quote, read within the loader's limits: only a regular file no larger than
 * {@link Limits#MAX_FILE_BYTES} (a file refused for its size is not read to be quoted either), decoded leniently
 * (a file with a bad byte still shows its lines), one line at a time. Lines are found by one forward pass however
 * many problems quote them, as problems come in file order.
 */
final class SourceLines {
    private static final SourceLines NONE = new SourceLines(new byte[0]);

    private final byte[] bytes;
    private int lineNumber = 1;
    private int lineStart;
    private int cachedLine;
    private String cached;

    private SourceLines(byte[] bytes) {
        this.bytes = bytes;
    }

    static SourceLines of(Path file) {
        if (file == null) {
            return NONE;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > Limits.MAX_FILE_BYTES) {
                return NONE;
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
                return bytes.length > Limits.MAX_FILE_BYTES ? NONE : new SourceLines(bytes);
            }
        } catch (IOException e) {
            return NONE;
        }
    }

    /** Line {@code n} (1-based) without its line break; empty past the end. */
    Optional<String> line(int n) {
        if (n == cachedLine) {
            return Optional.of(cached);
        }
        if (n < lineNumber) {
            lineNumber = 1;
            lineStart = 0;
        }
        while (lineNumber < n) {
            int next = indexOfNewline(lineStart);
            if (next < 0) {
                return Optional.empty();
            }
            lineStart = next + 1;
            lineNumber++;
        }
        if (lineStart >= bytes.length && (n > 1 || bytes.length == 0)) {
            return Optional.empty();
        }
        int end = indexOfNewline(lineStart);
        end = end < 0 ? bytes.length : end;
        int stop = end > lineStart && bytes[end - 1] == '\r' ? end - 1 : end;
        int from = n == 1 && hasBom() ? 3 : lineStart;
        cached = new String(bytes, from, Math.max(0, stop - from), StandardCharsets.UTF_8);
        cachedLine = n;
        return Optional.of(cached);
    }

    private boolean hasBom() {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
