package dev.lectern.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a question file, article or column map within the {@link Limits}: only a regular file (a pipe would block
 * for ever, {@code /dev/zero} never ends and reports a size of 0), and never more than {@link
 * Limits#MAX_FILE_BYTES} bytes, however large the file says it is or grows while being read.
 */
final class SourceFile {
    /** The bytes read, or why the file was not read (a message that starts with {@code what}, the file's name). */
    @SuppressWarnings("ArrayRecordComponent") // private to the loader, read once and never compared
    record Read(byte[] bytes, String refusal) {
        boolean ok() {
            return refusal == null;
        }
    }

    private SourceFile() {}

    /**
     * {@code what} names the file in a refusal ("the file", "article 'talks.txt'"), {@code split} says what to do
     * with a file that is too large.
     */
    static Read read(Path file, String what, String split) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            return refused(what + " is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            return refused(what + " is not a regular file (a pipe, a device or a socket), so it is not read; save"
                    + " it as a file and name that");
        }
        String tooLarge = what + " is larger than the " + (Limits.MAX_FILE_BYTES >> 20) + " MB limit; " + split;
        if (attributes.size() > Limits.MAX_FILE_BYTES) {
            return refused(tooLarge);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            return bytes.length > Limits.MAX_FILE_BYTES ? refused(tooLarge) : new Read(bytes, null);
        }
    }

    private static Read refused(String message) {
        return new Read(null, message);
    }

    /**
     * Where the first line longer than {@link Limits#MAX_LINE_CHARS} characters (code points, as columns are
     * counted) goes past the limit, if one does: the text is counted char by char only when a run between two
     * line feeds is longer than the limit.
     */
    static Optional<Pos> overLongLine(String text) {
        // No run of chars between two '\n' longer than the limit: then no line is (a line has at most as many code
        // points as chars, and a lone '\r' only splits a run further). indexOf skips along the text several times
        // faster than the count below, which looked at every char of the SQuAD set (3 % of its check).
        int from = 0;
        int longest = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            longest = Math.max(longest, end - from);
            from = end + 1;
        }
        return longest <= Limits.MAX_LINE_CHARS ? Optional.empty() : counted(text);
    }

    private static Optional<Pos> counted(String text) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' || i == 0 || text.charAt(i - 1) != '\r') {
                    line++;
                }
                column = 0;
            } else if (!Character.isLowSurrogate(c) && ++column > Limits.MAX_LINE_CHARS) {
                return Optional.of(new Pos(line, column));
            }
        }
        return Optional.empty();
    }

    /** The message for a line past the limit, for a file of the kind {@code kind} ("a question file"). */
    static String overLongLineMessage(Pos at, String kind, String fix) {
        return "line " + Limits.shown(at.line()) + " is longer than " + Limits.shown(Limits.MAX_LINE_CHARS)
                + " characters, the limit for a line of " + kind + "; " + fix;
    }
}
