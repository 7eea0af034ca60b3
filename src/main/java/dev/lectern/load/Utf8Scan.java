package dev.lectern.load;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fast first answer of {@link Utf8Reader#check}: whether a file's bytes are well-formed UTF-8 (Unicode's
 * table 3-7, as strict as the JDK's decoder: no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off
 * character at the end), checked on the bytes eight at a time where they are ASCII, without decoding them to
 * chars or counting lines. {@code true} only when the strict decoder would find nothing to report; anything else
 * (a bad byte, or a NUL near the start, where UTF-16 without a byte-order mark is looked for) is left to the
 * decoder, which says where and why. Checking 450 MB of sheets this way takes a fraction of the decoding's time.
 */
final class Utf8Scan {
    private static final int CHUNK = 1 << 16;
    /** Bytes at the start in which a NUL sends the file to the decoder's UTF-16 sniffing. */
    private static final int NUL_WINDOW = 8192;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Scan() {}

    /** Whether {@code file} is certainly UTF-8 that {@link Utf8Reader} reads without a problem. */
    static boolean certainlyUtf8(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return certainlyUtf8(in);
        }
    }

    static boolean certainlyUtf8(InputStream in) throws IOException {
        byte[] buffer = new byte[CHUNK + 3];
        int carried = 0; // bytes of a character cut by the chunk's end, moved to the buffer's start
        long offset = 0;
        while (true) {
            int read = in.readNBytes(buffer, carried, CHUNK);
            int end = carried + read;
            if (offset == 0 && hasNul(buffer, Math.min(end, NUL_WINDOW))) {
                return false;
            }
            if (read == 0) {
                return carried == 0; // a character cut off at the end of the file
            }
            int stop = scan(buffer, end);
            if (stop < 0) {
                return false;
            }
            carried = end - stop;
            System.arraycopy(buffer, stop, buffer, 0, carried);
            offset += read;
        }
    }

    private static boolean hasNul(byte[] buffer, int end) {
        for (int i = 0; i < end; i++) {
            if (buffer[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks {@code bytes[0, end)}: -1 at a malformed sequence, else where an incomplete last character starts
     * ({@code end} when none is cut off).
     */
    static int scan(byte[] bytes, int end) {
        int i = 0;
        while (i < end) {
            if (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) {
                    low = 0xA0;
                } else if (b == 0xED) {
                    high = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) {
                    low = 0x90;
                } else if (b == 0xF4) {
                    high = 0x8F;
                }
            } else {
                return -1;
            }
            int available = Math.min(length, end - i);
            for (int k = 1; k < available; k++) {
                int c = bytes[i + k] & 0xFF;
                if (k == 1 ? c < low || c > high : c < 0x80 || c > 0xBF) {
                    return -1;
                }
            }
            if (available < length) {
                return i;
            }
            i += length;
        }
        return end;
    }
}
