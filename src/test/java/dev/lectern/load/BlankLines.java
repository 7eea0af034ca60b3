package dev.lectern.load;

import java.io.Reader;
import java.util.Arrays;

/**
 * Text made as it is read, never held: {@code head}, then {@code count} line breaks, then {@code tail}. For streams
 * of more characters and lines than an int counts, with no file on disk.
 */
public final class BlankLines extends Reader {
    private final String head;
    private final String tail;
    private long left;
    private int headAt;
    private int tailAt;

    public BlankLines(String head, long count, String tail) {
        this.head = head;
        this.left = count;
        this.tail = tail;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (headAt < head.length()) {
            int n = Math.min(length, head.length() - headAt);
            head.getChars(headAt, headAt + n, buffer, offset);
            headAt += n;
            return n;
        }
        if (left > 0) {
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, '\n');
            left -= n;
            return n;
        }
        if (tailAt < tail.length()) {
            int n = Math.min(length, tail.length() - tailAt);
            tail.getChars(tailAt, tailAt + n, buffer, offset);
            tailAt += n;
            return n;
        }
        return -1;
    }

    @Override
    public void close() {}
}
