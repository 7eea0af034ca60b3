package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link LineLimitReader} over a stream of more than 2^31 characters and lines, generated ({@link BlankLines}): some 8 s
 * of a CPU, hence an IT.
 */
class LineLimitReaderIT {
    @Test
    void moreThan2To31CharactersAndLines_areNotOneSheet_andTheirLinesAreCountedWithoutOverflow() throws IOException {
        // JSON Lines and CSV have no sheet limit: only each line is bounded, however long the stream. Blank lines,
        // so that there are more than Integer.MAX_VALUE of them too; a few seconds, with no file on disk.
        long blank = (1L << 31) + 100;
        String head = "{\"student\": \"a\"}\n{\"student\": \"b\"}\n";
        Reader generated = new BlankLines(head, blank, "x".repeat(21));
        LineLimitReader in = new LineLimitReader(generated, "s.jsonl", 20, "answer sheets", "fix it");
        char[] buffer = new char[1 << 16];
        long read = 0;
        LimitExceeded over = null;
        try {
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
                read += n;
            }
        } catch (LimitExceeded e) {
            over = e;
        }
        long lastLine = 2 + blank + 1;
        assertThat(read).isEqualTo(head.length() + blank + 20);
        assertThat(over).isNotNull();
        assertThat(over.problem().message())
                .isEqualTo("line " + String.format(Locale.ROOT, "%,d", lastLine)
                        + " is longer than 20 characters, the limit for a line of answer sheets; fix it");
        assertThat(over.pos()).isEqualTo(new Pos(Integer.MAX_VALUE, 21));
    }
}
