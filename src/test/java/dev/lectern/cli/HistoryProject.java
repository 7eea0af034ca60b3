package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A project with set 01, its article and the example class, whose answers are recorded into a history. */
final class HistoryProject {
    private HistoryProject() {}

    /** Copies the set ({@code set.yaml}), its article ({@code seeds/}) and the class ({@code class.jsonl}) into dir. */
    static void copyInto(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
        Files.copy(Path.of("examples/batch/class.jsonl"), dir.resolve("class.jsonl"));
    }

    /** {@code lectern --batch set.yaml --answers class.jsonl --record} into the history in {@code data}, at clock. */
    static CliRun record(Path dir, Path data, Clock clock) {
        return CliRun.withInput(
                dir,
                Map.of(),
                clock,
                "",
                "--batch",
                "set.yaml",
                "--answers",
                "class.jsonl",
                "--record",
                "--data-dir",
                data.toString(),
                "--format",
                "csv");
    }

    /**
     * Runs {@code command} (a JVM of its own) in {@code dir} with nothing on its standard input; its standard error
     * without the JVM's warnings about the native library's stack guard.
     */
    static CliRun process(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.contains("stack guard") && !l.contains("execstack"))
                .reduce("", (a, b) -> a + b + "\n");
        return new CliRun(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8), err);
    }
}
