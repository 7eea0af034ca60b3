package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.bench.SheetGenerator;
import dev.lectern.store.History;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a generated class of 5,000 sheets piped through the real {@code ./lectern --batch} launcher with
 * standard input, output and error all redirected and no {@code TERM}; the CSV gradebook must be what the
 * in-process command writes, the malformed lines reported on stderr, the exit code 2. Also: runs stopped midway
 * (SIGTERM: the old report stays; SIGKILL with {@code --record}: the history holds whole sheets only). With the
 * rows of a sheet committed one by one instead, the SIGKILL test failed two runs in three.
 */
class BatchPipeIT {
    private static final int SHEETS = 5_000;

    @TempDir
    Path dir;

    @Test
    void aGeneratedClass_pipedThroughTheLauncher_givesTheGradebook() throws Exception {
        Path sheets = dir.resolve("class.jsonl");
        try (Writer w = Files.newBufferedWriter(sheets, StandardCharsets.UTF_8)) {
            SheetGenerator.write(w, SHEETS, 42);
        }
        Path root = Path.of("").toAbsolutePath();
        Path out = dir.resolve("out.csv");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("lectern").toString(),
                        "--batch",
                        "questions/01-istanbul-talks.yaml",
                        "--format",
                        "csv")
                .directory(root.toFile())
                .redirectInput(sheets.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.remove("TERM");
        env.remove("COLUMNS");
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("lectern finished").isTrue();

        List<String> errors = Files.readAllLines(err).stream()
                .filter(l -> !l.startsWith("Rebuilding") && !l.startsWith("Building"))
                .toList();
        List<String> rows = Files.readAllLines(out);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(errors).isNotEmpty().allMatch(l -> l.matches("<stdin>:\\d+:\\d+: error: not valid JSON: .*"));
        assertThat(rows.get(0)).isEqualTo(BatchCommandTest.HEADER);
        assertThat(rows).hasSize(1 + SHEETS - errors.size());
        assertThat(rows.get(1)).startsWith("s000000,");

        StringWriter inProcessOut = new StringWriter();
        int code = Main.run(
                new String[] {
                    "--batch", "questions/01-istanbul-talks.yaml", "--answers", sheets.toString(), "--format", "csv"
                },
                root,
                Map.of(),
                Console.piped(System.in),
                new PrintWriter(inProcessOut),
                new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo(inProcessOut.toString());
    }

    @Test
    void aRunStoppedMidway_leavesNoTemporaryFile_andTheOldReport() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path report = dir.resolve("grades.csv");
        Files.writeString(report, "old\n");
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("lectern").toString(),
                        "--batch",
                        "questions/01-istanbul-talks.yaml",
                        "--format",
                        "csv",
                        "--out",
                        report.toString(),
                        "--input-format",
                        "jsonl")
                .directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("TERM");
        Process p = pb.start();
        // Standard input stays open: lectern waits for more sheets, with its temporary file in place.
        p.getOutputStream().write("{\"student\": \"ann\", \"answers\": {}}\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (temporaryFiles().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(temporaryFiles()).as("the temporary file while running").hasSize(1);
        // SIGTERM to the JVM (the launcher execs java, so the process is the JVM itself).
        p.toHandle().destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(Files.readString(report)).isEqualTo("old\n");
    }

    @Test
    void aRecordingRunKilledWithSigkill_leavesWholeSheetsOnly_inAHistoryThatStillOpens() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path data = dir.resolve("data");
        String set = "questions/01-istanbul-talks.yaml";
        // The history keeps the set under its file.
        String key = dev.lectern.store.SetRef.of(root, set).key();
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("lectern").toString(),
                        "--batch",
                        set,
                        "--format",
                        "csv",
                        "--input-format",
                        "jsonl",
                        "--record",
                        "--data-dir",
                        data.toString())
                .directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("TERM");
        Process p = pb.start();
        Thread feeder = new Thread(() -> {
            try (Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                SheetGenerator.write(w, 1_000_000, 7);
            } catch (IOException e) {
                // The pipe breaks when lectern is killed: that is the point.
            }
        });
        feeder.start();
        Clock clock = Clock.systemUTC();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long rows = 0;
        while (rows < 13 * 2000 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            if (Files.exists(data.resolve("progress.db"))) {
                try (History h = History.open(data.resolve("progress.db"), clock)) {
                    rows = h.rows(key);
                }
            }
        }
        assertThat(rows).as("rows recorded while running").isGreaterThanOrEqualTo(13 * 2000);
        // SIGKILL: no shutdown hook, no rollback, no close; mid-sheet, most likely.
        p.toHandle().destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        feeder.join(TimeUnit.SECONDS.toMillis(30));
        try (History h = History.open(data.resolve("progress.db"), clock)) {
            assertThat(h.notice()).isEmpty();
            long after = h.rows(key);
            assertThat(after).isGreaterThanOrEqualTo(rows);
            assertThat(after % 13)
                    .as("rows of whole sheets only (13 questions a sheet)")
                    .isZero();
            assertThat(h.sets(java.util.Optional.of(key)).get(0).attempts()).isEqualTo(after / 13);
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }
}
