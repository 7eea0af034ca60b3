package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
    private static String readAll(InputStream in) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader r = new Utf8Reader(in, "f.csv")) {
            r.transferTo(out);
        }
        return out.toString();
    }

    @Test
    void utf8_isReadWhole_evenWithCharactersSplitAcrossReads_andAMarkDropped() throws IOException {
        String text = "é€😀\n".repeat(40_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(text.getBytes(StandardCharsets.UTF_8));
        // A stream that hands out 7 bytes at a time, as a slow pipe does, splitting characters between reads.
        InputStream trickle = new ByteArrayInputStream(bytes.toByteArray()) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        assertThat(readAll(trickle)).isEqualTo(text);
    }

    @Test
    void aBadByteFarIntoTheFile_isPlacedByLineAndColumn() {
        byte[] bytes = ("abc\n".repeat(30_000) + "xy\u00e9z\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes)))
                .isInstanceOf(NotUtf8Exception.class)
                .hasMessage("f.csv:30001:3: error: not UTF-8: byte 0xE9 at line 30001, column 3 is not valid UTF-8;"
                        + " the file is probably Latin-1 (ISO-8859-1); convert it with: iconv -f latin1 -t utf-8"
                        + " f.csv > f-utf8.csv");
    }

    @Test
    void aCharacterCutOffAtTheEnd_isRefused() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes)))
                .isInstanceOf(NotUtf8Exception.class)
                .hasMessageStartingWith("f.csv:2:2: error: not UTF-8: byte 0xE2 at line 2, column 2");
    }

    @Test
    void theTextBeforeTheBadByte_isReadFirst_thenEveryReadFails() throws IOException {
        try (Reader r = new Utf8Reader(new ByteArrayInputStream(new byte[] {'o', 'k', (byte) 0xFF}), "f.csv")) {
            char[] buffer = new char[10];
            assertThat(r.read(buffer)).isEqualTo(2);
            assertThatThrownBy(() -> r.read(buffer)).isInstanceOf(NotUtf8Exception.class);
            assertThatThrownBy(() -> r.read(buffer)).isInstanceOf(NotUtf8Exception.class);
        }
    }

    @Test
    void aFewNulBytes_areNotTakenForUtf16() throws IOException {
        assertThat(readAll(new ByteArrayInputStream("name\0,answer\nann,b\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("name\0,answer\nann,b\n");
    }
}
