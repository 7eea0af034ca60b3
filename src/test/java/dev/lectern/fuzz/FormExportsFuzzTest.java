package dev.lectern.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.cli.Console;
import dev.lectern.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The form tools' exports as {@code lectern --batch SET --answers export.csv} reads a file a teacher downloaded:
 * the header matched to the questions (Google Forms, Microsoft Forms, Moodle's Responses report, Canvas's Student
 * Analysis, Excel's CSV and Unicode text; the seeds are FormExportsTest's exports of set 01), the encoding and the
 * delimiter sniffed, each tool's cells decoded. Any bytes are graded or refused with positioned messages, never an
 * internal error.
 */
class FormExportsFuzzTest {
    private static final Path FOLDER = Fuzzing.folder();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @FuzzTest
    void formExport_isGradedOrRefused(byte[] input) throws IOException {
        Files.write(FOLDER.resolve("export.csv"), input);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {
                    "--batch", "questions/01-istanbul-talks.yaml", "--answers", "export.csv", "--format", "json"
                },
                FOLDER,
                Map.of(),
                Console.piped(new ByteArrayInputStream(new byte[0])),
                CLOCK,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(err.toString()).doesNotContain("internal error");
        assertThat(code).isIn(0, 1, 2);
    }
}
