package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineLimitReaderTest {
    private static LineLimitReader lines(String text, int limit) {
        return new LineLimitReader(new StringReader(text), "s.jsonl", limit, "answer sheets", "fix it");
    }

    @Test
    void wholeLinesBeforeTheLongOne_areHandedOnFirst() throws IOException {
        BufferedReader in = new BufferedReader(lines("ab\ncd\n" + "x".repeat(20), 5));
        List<String> read = new ArrayList<>();
        assertThatThrownBy(() -> {
                    String line;
                    while ((line = in.readLine()) != null) {
                        read.add(line);
                    }
                })
                .isInstanceOfSatisfying(
                        LimitExceeded.class,
                        e -> assertThat(e.problem())
                                .hasToString(
                                        "s.jsonl:3:6: error: line 3 is longer than 5 characters, the limit for a line of answer sheets;"
                                                + " fix it"));
        assertThat(read).containsExactly("ab", "cd");
    }

    @Test
    void crLfIsOneLineBreak_andLoneCrIsOne() {
        assertThatThrownBy(() -> drain(lines("a\r\nb\rc\n" + "x".repeat(6), 5)))
                .isInstanceOfSatisfying(
                        LimitExceeded.class, e -> assertThat(e.pos()).isEqualTo(new Pos(4, 6)));
    }

    @Test
    void linesUpToTheLimit_passUnchanged() throws IOException {
        assertThat(drain(lines("12345\n12345", 5))).isEqualTo("12345\n12345");
    }

    @Test
    void yamlDocuments_areBoundedEachAndCountAgainAfterEachMarker() throws IOException {
        String sheet = "student: a\nanswers: {q: x}\n";
        String three = sheet + "---\n" + sheet + "--- \n" + sheet;
        assertThat(drain(LineLimitReader.yamlDocuments(new StringReader(three), "s.yaml", 40, "YAML sheets", "fix")))
                .isEqualTo(three);
        assertThatThrownBy(() -> drain(LineLimitReader.yamlDocuments(
                        new StringReader("y\n".repeat(30)), "s.yaml", 40, "YAML sheets", "fix")))
                .isInstanceOfSatisfying(
                        LimitExceeded.class,
                        e -> assertThat(e.problem())
                                .hasToString(
                                        "s.yaml:21:1: error: the sheet that starts on line 1 is longer than 40 characters,"
                                                + " the limit for one sheet; fix"));
    }

    private static String drain(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[3];
        int n;
        while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}
