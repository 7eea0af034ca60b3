package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read limits end to end (docs/limits.md): {@code check} and {@code --batch} on input past a limit say where,
 * which limit and what to do, exit 2, and write no report; a source line is quoted cut to the width.
 */
class ReadLimitsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
    }

    @Test
    void check_onAMultiMegabyteSingleLine_quotesItCutToTheWidthAroundTheColumn_exitsTwo() throws IOException {
        // A set written as one 3 MB line: refused at the 1,000,001st character; the 3 MB are not echoed.
        String questions = "{id: q, type: short, prompt: P, answer: x, evidence: {paragraph: 1}}, ".repeat(45_000);
        Files.writeString(
                dir.resolve("one.yaml"),
                "{title: T, article: 000_d9e472c27e1e5fdd.txt, questions: [" + questions + "]}");
        CliRun run = CliRun.in(dir, Map.of(), "check", "one.yaml");
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "one.yaml:1:1000001: error: line 1 is longer than 1,000,000 characters, the limit for a line of a"
                                + " question file; write the set with one key a line (YAML's block style, as in questions/),"
                                + " not as one long line",
                        "…rompt: P, answer: x, evidence: {paragraph: 1}}, {id: q, type: short, prompt: P…",
                        "                                         ^",
                        "1 file checked: 1 error, 0 warnings");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void problemPrinter_cutsToColumns_fromTheEnvironment() throws IOException {
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, "title: T\nx: " + "abcdefghij".repeat(300) + "\n");
        java.io.StringWriter out = new java.io.StringWriter();
        new ProblemPrinter(Map.of("COLUMNS", "40"))
                .printText(
                        List.of(new dev.lectern.load.Problem(
                                "long.yaml",
                                new dev.lectern.load.Pos(2, 1501),
                                dev.lectern.load.Severity.ERROR,
                                "here")),
                        Map.of("long.yaml", file),
                        new java.io.PrintWriter(out, true));
        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "long.yaml:2:1501: error: here",
                        "…hijabcdefghijabcdefghijabcdefghijabcde…",
                        "                     ^");
    }

    @Test
    void check_aFileLargerThanTheLimit_isNotEchoed() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(33L << 20);
        }
        CliRun run = CliRun.in(dir, "check", "big.yaml");
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "big.yaml:1:1: error: the file is larger than the 32 MB" + " limit; split it into several sets",
                        "1 file checked: 1 error, 0 warnings");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    @Timeout(30)
    void batch_answersOnDevZero_stopsAtTheLineLimit_exitsTwo_andWritesNoReport() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        CliRun run = CliRun.in(
                dir,
                "--batch",
                "set.yaml",
                "--answers",
                "/dev/zero",
                "--input-format",
                "jsonl",
                "--out",
                "report.csv",
                "--format",
                "csv");
        assertThat(run.err().lines().toList())
                .containsExactly(
                        "/dev/zero:1:1000001: error: line 1 is longer than 1,000,000 characters, the limit for a line of JSON"
                                + " Lines answer sheets; is this really a file of answer sheets? JSON Lines has one sheet a line",
                        "lectern: /dev/zero was not read to the end (the limits are in docs/limits.md); report.csv was"
                                + " not written");
        assertThat(run.code()).isEqualTo(2);
        assertThat(dir.resolve("report.csv")).doesNotExist();
    }

    @Test
    void batch_yamlSheetNested10000Deep_isRefusedAtLevel65_notAStackOverflow() throws IOException {
        Files.writeString(
                dir.resolve("deep.yaml"),
                "student: ann\nanswers:\n  delegation-lead: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        CliRun run = CliRun.in(dir, "--batch", "set.yaml", "--answers", "deep.yaml");
        assertThat(run.err().lines().toList())
                .containsExactly(
                        "deep.yaml:3:82: error: lists and mappings nested more than 64 levels deep, the limit for a YAML"
                                + " answer sheet (a sheet needs three); close the brackets left open, or put a text that"
                                + " starts with '[' or '{' in quotes",
                        "lectern: deep.yaml was not read to the end (the limits are in docs/limits.md); no report was"
                                + " written");
        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void batch_fromStandardInput_isReadWithTheSameBounds() {
        // `yes | lectern --batch set.yaml`: one plain text of endless short lines, which SnakeYAML gathers whole.
        CliRun run = CliRun.withInput(dir, "y\n".repeat(600_000), "--batch", "set.yaml", "--input-format", "yaml");
        assertThat(run.err().lines().toList())
                .containsExactly(
                        "<stdin>:500001:1: error: the sheet that starts on line 1 is longer than 1,000,000 characters, the"
                                + " limit for one sheet; is this really a file of answer sheets? Each sheet is a 'student:'"
                                + " and its 'answers:', with a line '---' between sheets",
                        "lectern: <stdin> was not read to the end (the limits are in docs/limits.md); no report was"
                                + " written");
        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void batch_refusedAfterSheetsWereGraded_printsNoHalfReportOnStandardOutput() throws IOException {
        // Two sheets graded, then a line past the limit: standard output is written whole or not at all.
        Files.writeString(
                dir.resolve("class.jsonl"),
                BatchCommandTest.ANN + BatchCommandTest.ANN.replace("ann", "bob") + "x".repeat(1_000_001) + "\n");
        List<String> spoolsBefore = spools();
        for (String format : List.of("text", "csv", "json")) {
            CliRun run = CliRun.in(dir, "--batch", "set.yaml", "--answers", "class.jsonl", "--format", format);
            assertThat(run.err().lines().toList())
                    .as(format)
                    .containsExactly(
                            "class.jsonl:3:1000001: error: line 3 is longer than 1,000,000 characters, the limit for a"
                                    + " line of JSON Lines answer sheets; is this really a file of answer sheets? JSON"
                                    + " Lines has one sheet a line",
                            "lectern: class.jsonl was not read to the end (the limits are in docs/limits.md); no report"
                                    + " was written");
            assertThat(run.out()).as(format).isEmpty();
            assertThat(run.code()).isEqualTo(2);
        }
        assertThat(spools()).as("no spool left behind").isSubsetOf(spoolsBefore);
    }

    /** The reports spooled in the temporary folder now (by any run on this machine). */
    private static List<String> spools() throws IOException {
        try (java.util.stream.Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("lectern-report-"))
                    .toList();
        }
    }

    @Test
    void batch_afterTheLastSheet_theWholeReportIsOnStandardOutput() throws IOException {
        Files.writeString(
                dir.resolve("class.jsonl"), BatchCommandTest.ANN + BatchCommandTest.ANN.replace("ann", "bob"));
        CliRun run = CliRun.in(dir, "--batch", "set.yaml", "--answers", "class.jsonl", "--format", "csv");
        assertThat(run.out().lines())
                .hasSize(3)
                .anyMatch(l -> l.startsWith("ann,"))
                .anyMatch(l -> l.startsWith("bob,"));
        assertThat(run.code()).isLessThan(2);
    }

    @Test
    void batch_sheetsFromStandardInputWithinTheLimits_areGraded() {
        CliRun run = CliRun.withInput(dir, BatchCommandTest.ANN, "--batch", "set.yaml");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("ann");
    }

    @Test
    @Timeout(30)
    void check_aQuestionFileThatIsAFifo_exitsTwoAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        mkfifo(fifo);
        CliRun run = CliRun.in(dir, "check", "pipe.yaml");
        assertThat(run.out())
                .startsWith("pipe.yaml:1:1: error: the file is not a regular file (a pipe, a device or"
                        + " a socket), so it is not read; save it as a file and name that\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    @Timeout(30)
    void batch_aSetThatIsAFifo_saysItIsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        mkfifo(fifo);
        CliRun run = CliRun.withInput(dir, BatchCommandTest.ANN, "--batch", "fifo.yaml");
        assertThat(run.err())
                .isEqualTo("lectern: fifo.yaml is not a regular file (a device or a pipe), not a question set;"
                        + " give a set's .yaml file\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    @Timeout(60)
    void batch_answersFromAFifo_areGraded() throws Exception {
        // Pipes are a way to feed sheets: a FIFO given as --answers is read as it streams (JDK 17's file channel
        // failed on it with 'Illegal seek').
        Path fifo = dir.resolve("class.jsonl");
        mkfifo(fifo);
        java.util.concurrent.CompletableFuture<Void> writer = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(fifo, BatchCommandTest.ANN);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = CliRun.in(dir, "--batch", "set.yaml", "--answers", "class.jsonl", "--out", "grades.txt");
        writer.get(30, TimeUnit.SECONDS);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(Files.readString(dir.resolve("grades.txt"))).contains("ann");
    }

    /** Makes a named pipe at {@code path}, or skips the test where mkfifo is not available. */
    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available here");
    }
}
