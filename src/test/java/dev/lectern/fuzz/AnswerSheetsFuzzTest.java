package dev.lectern.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.cli.Console;
import dev.lectern.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The readers of answer sheets, through {@code lectern --batch} as a script runs it: any bytes on standard input
 * are graded, or refused with positioned messages and exit code 2, never an internal error or a thrown exception.
 */
class AnswerSheetsFuzzTest {
    private static final Path FOLDER = Fuzzing.folder();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @FuzzTest
    void jsonLines(byte[] input) {
        batch(input, "jsonl");
    }

    @FuzzTest
    void yaml(byte[] input) {
        batch(input, "yaml");
    }

    @FuzzTest
    void csv(byte[] input) {
        batch(input, "csv");
    }

    private static void batch(byte[] input, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {
                    "--batch", "questions/01-istanbul-talks.yaml", "--input-format", format, "--format", "json"
                },
                FOLDER,
                Map.of(),
                Console.piped(new ByteArrayInputStream(input)),
                CLOCK,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(err.toString()).doesNotContain("internal error");
        assertThat(code).isIn(0, 1, 2);
    }
}
