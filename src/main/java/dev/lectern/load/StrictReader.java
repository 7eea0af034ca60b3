package dev.lectern.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Text in one encoding, decoded strictly as it streams, counting the lines and columns of what was decoded so that
 * the first bad byte stops the reading with a {@link NotUtf8Exception} that says where it is. What was decoded
 * before the bad byte is read first; the next read fails. Subclasses say how a file starts and what is wrong.
 */
abstract class StrictReader extends Reader {
    static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    /** Bytes read and not yet decoded; the subclasses look at them to say what is wrong. */
    final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);

    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private boolean started;
    private boolean eof;
    private NotUtf8Exception failure;
    /** Bytes decoded so far (after what {@link #start} skipped). */
    private long decoded;

    private int line = 1;
    private int column = 1;

    StrictReader(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
        bytes.flip();
        chars.flip();
    }

    /** Called once, with the first bytes in {@link #bytes}: may skip a mark, or refuse the file by throwing. */
    abstract void start() throws NotUtf8Exception;

    /** What is wrong with the next bytes in {@link #bytes}, which the decoder refused. */
    abstract Problem problem();

    final NotUtf8Exception fail(Problem problem) {
        failure = new NotUtf8Exception(problem);
        return failure;
    }

    final int line() {
        return line;
    }

    final int column() {
        return column;
    }

    final long decoded() {
        return decoded;
    }

    @Override
    public final int read(char[] buffer, int offset, int length) throws IOException {
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
            start();
        }
        int before = bytes.position();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        decoded += bytes.position() - before;
        count();
        if (result.isError()) {
            fail(problem());
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

    @Override
    public void close() throws IOException {
        in.close();
    }
}
