package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.bench.SheetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a generated class of 5,000 sheets piped through the real {@code ./lectern --batch} launcher with
 * standard input, output and error all redirected and no {@code TERM}; the CSV gradebook must be what the
 * in-process command writes, the malformed lines reported on stderr, the exit code 2.
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
        ProcessBuilder pb = new ProcessBuilder(root.resolve("lectern").toString(), "--batch",
                "questions/01-istanbul-talks.yaml", "--format", "csv")
                .directory(root.toFile())
                .redirectInput(sheets.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.remove("TERM");
        env.remove("COLUMNS");
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("lectern finished").isTrue();

        List<String> errors = Files.readAllLines(err).stream().filter(l -> !l.startsWith("Rebuilding")
                && !l.startsWith("Building")).toList();
        List<String> rows = Files.readAllLines(out);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(errors).isNotEmpty().allMatch(l -> l.matches("<stdin>:\\d+:\\d+: error: not valid JSON: .*"));
        assertThat(rows.get(0)).isEqualTo(BatchCommandTest.HEADER);
        assertThat(rows).hasSize(1 + SHEETS - errors.size());
        assertThat(rows.get(1)).startsWith("s000000,");

        StringWriter inProcessOut = new StringWriter();
        int code = Main.run(new String[] {"--batch", "questions/01-istanbul-talks.yaml", "--answers",
            sheets.toString(), "--format", "csv"}, root, Map.of(), Console.piped(System.in),
                new PrintWriter(inProcessOut), new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo(inProcessOut.toString());
    }

    @Test
    void aRunStoppedMidway_leavesNoTemporaryFile_andTheOldReport() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path report = dir.resolve("grades.csv");
        Files.writeString(report, "old\n");
        ProcessBuilder pb = new ProcessBuilder(root.resolve("lectern").toString(), "--batch",
                "questions/01-istanbul-talks.yaml", "--format", "csv", "--out", report.toString(), "--input-format",
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

    private List<Path> temporaryFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
