package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/batch.md are real: the files in examples/batch/ give the outputs the page shows. */
class BatchDocsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String SET = "questions/01-istanbul-talks.yaml";

    private static String docs() throws IOException {
        return Files.readString(Path.of("docs/batch.md"));
    }

    /** The first fenced block of {@code lang} after {@code heading}. */
    private static String block(String heading, String lang) throws IOException {
        String docs = docs();
        Matcher m =
                Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(docs);
        assertThat(m.find(docs.indexOf(heading))).as(heading).isTrue();
        return m.group(1);
    }

    @Test
    void theTextTableAndTheGradebook_areWhatTheExampleClassGives() throws IOException {
        CliRun text = CliRun.withInput(
                ROOT, "", "--batch", SET, "--answers", "examples/batch/responses.csv", "--student-column", "Name");
        assertThat(text.out()).isEqualTo(block("### `text` (default)", "text"));
        assertThat(text.err()).isEmpty();
        CliRun csv = CliRun.withInput(
                ROOT,
                "",
                "--batch",
                SET,
                "--answers",
                "examples/batch/responses.csv",
                "--student-column",
                "Name",
                "--format",
                "csv");
        assertThat(csv.out()).isEqualTo(block("### `csv`: a gradebook", "csv"));
        assertThat(csv.code()).isEqualTo(1);
    }

    @Test
    void theYamlAndJsonLinesExamples_areTheFilesInExamples_andGradeWithoutErrors() throws IOException {
        assertThat(Files.readString(Path.of("examples/batch/class.yaml")))
                .isEqualTo(block("### YAML: one sheet per document", "yaml"));
        assertThat(Files.readString(Path.of("examples/batch/class.jsonl")))
                .isEqualTo(block("### JSON Lines: one sheet per line", "json"));
        for (String file : new String[] {"examples/batch/class.yaml", "examples/batch/class.jsonl"}) {
            CliRun run = CliRun.withInput(ROOT, "", "--batch", SET, "--answers", file, "--format", "csv");
            assertThat(run.err()).as(file).isEmpty();
            assertThat(run.out().lines()).as(file).hasSize(3);
        }
    }

    @Test
    void theRecordExample_isWhatStatsShows_afterRecordingTheExampleClass(@TempDir Path data) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
        CliRun run = CliRun.withInput(
                ROOT,
                Map.of(),
                clock,
                "",
                "--batch",
                SET,
                "--answers",
                "examples/batch/responses.csv",
                "--student-column",
                "Name",
                "--record",
                "--data-dir",
                data.toString());
        CliRun stats = CliRun.withInput(ROOT, Map.of(), clock, "", "stats", "--data-dir", data.toString());
        String shownHome = "/home/ann/.local/share/lectern";
        String recorded = block("## `--record`: into the history", "text");
        assertThat(run.err().replace(data.toString(), shownHome)).isEqualTo(recorded);
        assertThat(stats.out().replace(data.toString(), shownHome))
                .isEqualTo(block("and `./lectern stats` then shows them", "text"));
    }

    @Test
    void theStatsExample_startsAsTheRealOutput() throws IOException {
        CliRun run = CliRun.withInput(
                ROOT,
                "",
                "--batch",
                SET,
                "--answers",
                "examples/batch/responses.csv",
                "--student-column",
                "Name",
                "--stats");
        String shown = block("## `--stats`: item analysis", "text");
        String firstLines = shown.substring(0, shown.indexOf("…"));
        assertThat(run.out()).contains(firstLines);
    }
}
