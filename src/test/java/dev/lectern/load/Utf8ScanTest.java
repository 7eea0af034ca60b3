package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.ForAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Scan} says "certainly UTF-8" exactly when the JDK's strict decoder (what {@link Utf8Reader} uses)
 * decodes the bytes without an error and there is no NUL near the start: on random byte strings made of valid
 * characters of every length, with bytes changed, cut off or inserted, and long enough to cross its chunks.
 */
class Utf8ScanTest {
    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean scan(byte[] bytes) {
        try {
            return Utf8Scan.certainlyUtf8(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean nulNearStart(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Characters of one to four bytes, edges of each range included, then some bytes changed. */
    private static byte[] randomBytes(Random r) {
        int[] edges = {0x1, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0xFEFF};
        StringBuilder text = new StringBuilder();
        int length = r.nextInt(8) == 0 ? 60_000 + r.nextInt(20_000) : r.nextInt(40);
        while (text.length() < length) {
            int kind = r.nextInt(10);
            int cp =
                    kind < 5 ? 0x20 + r.nextInt(0x5F) : kind < 7 ? edges[r.nextInt(edges.length)] : r.nextInt(0x110000);
            if (cp < 0xD800 || cp > 0xDFFF) {
                text.appendCodePoint(cp);
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int changes = r.nextInt(3) == 0 ? 0 : r.nextInt(3);
        for (int i = 0; i < changes && bytes.length > 0; i++) {
            int at = r.nextInt(bytes.length);
            switch (r.nextInt(4)) {
                case 0 -> bytes[at] = (byte) r.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, at); // cut off
                case 2 -> bytes[at] = (byte) (0x80 + r.nextInt(0x80)); // a stray or wrong continuation
                default -> {
                    int[] leads = {0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF};
                    bytes[at] = (byte) leads[r.nextInt(leads.length)];
                }
            }
        }
        return bytes;
    }

    @Test
    void certainlyUtf8_exactlyWhenTheStrictDecoderAgrees_onRandomBytes() {
        ForAll.check(21L, 4_000, r -> HexFormat.of().formatHex(randomBytes(r)), hex -> {
            byte[] bytes = HexFormat.of().parseHex(hex);
            assertThat(scan(bytes)).isEqualTo(strictlyDecodes(bytes) && !nulNearStart(bytes));
        });
    }

    @Test
    void aCharacterSplitByTheChunkEnd_isCarriedOver_andOneCutOffAtTheEnd_isNot() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        for (int at = (1 << 16) - 3; at <= (1 << 16); at++) {
            byte[] bytes = new byte[at + euro.length + 1];
            Arrays.fill(bytes, (byte) 'a');
            System.arraycopy(euro, 0, bytes, at, euro.length);
            assertThat(scan(bytes)).as("euro at %d", at).isTrue();
            assertThat(scan(Arrays.copyOf(bytes, at + 2))).as("cut at %d", at).isFalse();
        }
    }

    @Test
    void surrogatesOverlongFormsAndCodePointsAboveTheLast_areNotCertain() {
        for (String hex : new String[] {"eda080", "edbfbf", "c0af", "c1bf", "e080af", "f08080af", "f4908080", "f5"}) {
            byte[] bytes = HexFormat.of().parseHex("41" + hex + "42");
            assertThat(scan(bytes)).as(hex).isFalse();
            assertThat(strictlyDecodes(bytes)).as(hex).isFalse();
        }
    }

    @Test
    void aNulInTheFirstBytes_leavesTheFileToTheDecoder_oneFurtherOnDoesNot() {
        byte[] bytes = new byte[20_000];
        Arrays.fill(bytes, (byte) 'a');
        bytes[100] = 0;
        assertThat(scan(bytes)).isFalse();
        bytes[100] = 'a';
        bytes[19_000] = 0;
        assertThat(scan(bytes)).isTrue();
    }
}
