package dev.lectern.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress report on stderr, for people watching a long run: only when stderr is a terminal, and only
 * once the run has taken a second (small inputs never see it). It is redrawn at most five times a second, and
 * cleared before any message and at the end, so messages never mix with it.
 */
public final class Progress {
    private static final long SHOW_AFTER = TimeUnit.SECONDS.toNanos(1);
    private static final long REDRAW = TimeUnit.MILLISECONDS.toNanos(200);

    private final PrintWriter err;
    private final Counting input;
    private final long totalBytes;
    private long nextDraw;
    private boolean shown;

    private Progress(PrintWriter err, Counting input, long totalBytes, long showAfter) {
        this.err = err;
        this.input = input;
        this.totalBytes = totalBytes;
        this.nextDraw = System.nanoTime() + showAfter;
    }

    /** No progress line: stderr is not a terminal. */
    public static Progress none() {
        return new Progress(null, null, -1, 0);
    }

    /** Progress over {@code input} (use the returned stream's {@link #input()}); {@code totalBytes} −1 if unknown. */
    public static Progress on(PrintWriter err, InputStream input, long totalBytes) {
        return on(err, input, totalBytes, SHOW_AFTER);
    }

    static Progress on(PrintWriter err, InputStream input, long totalBytes, long showAfterNanos) {
        return new Progress(err, new Counting(input), totalBytes, showAfterNanos);
    }

    /** The stream to read: counts the bytes read, for the percentage. */
    public InputStream input() {
        return input;
    }

    void update(long sheets) {
        if (err == null || sheets == 0 || (sheets & 255) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now < nextDraw) {
            return;
        }
        nextDraw = now + REDRAW;
        StringBuilder line = new StringBuilder("\rgrading: ").append(sheets).append(" sheets");
        if (totalBytes > 0) {
            line.append(" (")
                    .append(Math.min(100, 100 * input.count.get() / totalBytes))
                    .append("%)");
        }
        err.print(line.append("\033[K"));
        err.flush();
        shown = true;
    }

    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    private static final class Counting extends FilterInputStream {
        /** Written by the reading thread, read by the one that shows progress. */
        final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
