package dev.lectern.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a line longer than a limit, counting as it reads, so that a stream with no line break
 * ({@code /dev/zero}, a binary, a pipe that never ends a line) costs no more memory than the limit. For YAML it can
 * also bound each document (the text between lines that start with {@code ---}), which a line limit alone does not:
 * {@code yes | lectern --batch …} is one plain scalar of endless short lines. The characters before the first one
 * past a limit are handed on; the read after them throws {@link LimitExceeded}, so whatever reads through this sees
 * every whole line first. A line ends at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class LineLimitReader extends FilterReader {
    private final int limit;
    // Integer.MAX_VALUE: no document limit (JSON Lines, CSV), where nothing but lines is counted.
    private final int documentLimit;
    private final String file;
    private final String what;
    private final String hint;
    // Longs: a stream is not bounded in size, only its lines (and YAML documents) are.
    private long line = 1;
    private int column;
    private long inDocument;
    private long documentLine = 1;
    private final StringBuilder lineStart = new StringBuilder(4);
    private LimitExceeded over;
    private boolean afterReturn;

    /**
     * {@code file} is the name in messages, {@code what} names the lines ("answer sheets"), {@code hint} says what
     * to do; {@code limit} is in characters (UTF-16 units, as a reader counts).
     */
    public LineLimitReader(Reader in, String file, int limit, String what, String hint) {
        this(in, file, limit, Integer.MAX_VALUE, what, hint);
    }

    private LineLimitReader(Reader in, String file, int limit, int documentLimit, String what, String hint) {
        super(in);
        this.file = file;
        this.limit = limit;
        this.documentLimit = documentLimit;
        this.what = what;
        this.hint = hint;
    }

    /** Lines and YAML documents of at most {@code limit} characters each. */
    public static LineLimitReader yamlDocuments(Reader in, String file, int limit, String what, String hint) {
        return new LineLimitReader(in, file, limit, limit, what, hint);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (over != null) {
            throw over;
        }
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            char c = buffer[offset + i];
            if (c != '\n' && c != '\r' && lineStart.length() == 4 && column < limit && inDocument < documentLimit) {
                // The middle of a line, short of both limits (most characters): what count(c) does, without its checks.
                afterReturn = false;
                column++;
                inDocument++;
                continue;
            }
            over = count(c);
            if (over != null) {
                if (i == 0) {
                    throw over;
                }
                return i;
            }
        }
        return n;
    }

    /** Counts one character; the limit it passes, if it passes one. */
    private LimitExceeded count(char c) {
        if (c == '\n' || c == '\r') {
            if (boundsDocuments()) {
                String head = lineStart.toString();
                if (head.equals("---") || head.equals("...")) {
                    startDocument();
                }
            }
            if (c == '\r' || !afterReturn) {
                line++;
            }
            afterReturn = c == '\r';
            column = 0;
            lineStart.setLength(0);
            inDocument++;
            return null;
        }
        afterReturn = false;
        if (boundsDocuments() && lineStart.length() < 4) {
            lineStart.append(c);
            String head = lineStart.toString();
            if (head.length() == 4 && (head.startsWith("---") || head.startsWith("...")) && (c == ' ' || c == '\t')) {
                startDocument();
            }
        }
        if (++column > limit) {
            return new LimitExceeded(
                    file,
                    Pos.at(line, limit + 1),
                    "line " + Limits.shown(line) + " is longer than " + Limits.shown(limit)
                            + " characters, the limit for a line of " + what + "; " + hint);
        }
        if (boundsDocuments() && ++inDocument > documentLimit) {
            return new LimitExceeded(
                    file,
                    Pos.at(line, column),
                    "the sheet that starts on line "
                            + Limits.shown(documentLine) + " is longer than " + Limits.shown(documentLimit)
                            + " characters, the limit for one sheet; " + hint);
        }
        return null;
    }

    private boolean boundsDocuments() {
        return documentLimit != Integer.MAX_VALUE;
    }

    private void startDocument() {
        inDocument = 0;
        documentLine = line;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported: every character must be counted");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
