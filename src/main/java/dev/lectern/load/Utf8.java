package dev.lectern.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says where the first bad byte is. SnakeYAML's own decoder reports no position,
 * so files are decoded here first. A leading byte-order mark is dropped.
 */
final class Utf8 {
    /** The first invalid byte: its value, 1-based line, 1-based byte within that line, and 0-based file offset. */
    record BadByte(int value, int line, int byteInLine, long offset) {
        String describe() {
            return String.format(
                    "byte 0x%02X at line %d, byte %d of that line (byte offset %d in the file)",
                    value, line, byteInLine, offset);
        }
    }

    /** Either the decoded text or the first bad byte. */
    record Decoded(String text, BadByte badByte) {
        boolean ok() {
            return badByte == null;
        }
    }

    private Utf8() {}

    static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        // The JDK makes a String from UTF-8 faster than a CharsetDecoder does (the decoder was about 11 ms of checking
        // the 2.4 MB SQuAD set, in a profile). It puts U+FFFD for each bad byte, so a text without one is valid
        // UTF-8, decoded exactly as the strict decoder would; only a text with one (bad, or U+FFFD written) is
        // decoded again.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, locate(bytes, in.position()));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                return new Decoded(null, locate(bytes, in.position()));
            }
        } catch (IllegalStateException e) {
            throw new AssertionError("decoder used in the documented order", e);
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static BadByte locate(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new BadByte(bytes[offset] & 0xFF, line, offset - lineStart + 1, offset);
    }

    /** For callers that want an exception-style API. */
    static String decodeOrThrow(byte[] bytes) throws CharacterCodingException {
        Decoded d = decode(bytes);
        if (!d.ok()) {
            throw new CharacterCodingException();
        }
        return d.text();
    }
}
