package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decoding a file's bytes: the text exactly as a strict decoder makes it, or the first bad byte. */
class Utf8Test {
    @Test
    void randomBytes_decodeAsTheStrictDecoderDoes() {
        Random random = new Random(8);
        // Mostly UTF-8 made from random text, then some bytes changed: valid and invalid inputs alike.
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = randomText(random).getBytes(StandardCharsets.UTF_8);
            for (int k = random.nextInt(3); k > 0 && bytes.length > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            Utf8.Decoded decoded = Utf8.decode(bytes);
            String strict = strict(bytes);
            assertThat(decoded.ok())
                    .as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(strict != null);
            if (strict != null) {
                assertThat(decoded.text()).isEqualTo(strict);
            }
        }
    }

    @Test
    void replacementCharacterWritten_isText_andABadByteAfterIt_isFound() {
        assertThat(Utf8.decode("a \uFFFD b".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("a \uFFFD b");
        byte[] bad = "\uFFFD\nok \u00ff".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 1] = (byte) 0x41; // C3 41: a lead byte with no continuation
        Utf8.Decoded decoded = Utf8.decode(bad);
        assertThat(decoded.ok()).isFalse();
        assertThat(decoded.badByte().describe())
                .isEqualTo("byte 0xC3 at line 2, byte 4 of that line (byte offset 7 in the file)");
    }

    @Test
    void byteOrderMark_isDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(Utf8.decode(bom).text()).isEqualTo("hi");
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> 'a' + random.nextInt(26);
                case 1 -> 0x80 + random.nextInt(0x780);
                case 2 -> 0x800 + random.nextInt(0xD000);
                default -> 0x10000 + random.nextInt(0x1000);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    /** What the JDK's strict decoder makes of the bytes (a byte-order mark dropped), or null if it reports one. */
    private static String strict(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
