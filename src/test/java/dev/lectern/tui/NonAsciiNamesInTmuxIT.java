package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text UI of {@code java -jar lectern.jar} started under {@code LC_ALL=C}, without the launcher that switches
 * to C.UTF-8, on sets whose file names are not ASCII: Java reads such names from the folder as bytes it cannot
 * decode. The start screen shows them as their UTF-8 says, and the quiz is recorded under the same set as in a
 * UTF-8 locale. Skipped when tmux is not installed or the jar is not built.
 */
class NonAsciiNamesInTmuxIT {
    private static final Path ROOT = Tmux.projectRoot();
    private static final Path JAR = ROOT.resolve("target/lectern.jar");
    private static final Duration STEP = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Path home;

    @BeforeEach
    void project() throws IOException {
        assumeTrue(Tmux.installed(), "tmux is not installed, so the terminal tests are skipped (.ci/run installs it)");
        assumeTrue(Files.isRegularFile(JAR), "target/lectern.jar is built by mvn package; run mvn verify");
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("questions"));
        Files.copy(ROOT.resolve("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        // Two sets with one title: the start screen tells them apart by file name.
        Files.copy(ROOT.resolve("questions/01-istanbul-talks.yaml"), dir.resolve("questions/ça.yaml"));
        Files.copy(ROOT.resolve("questions/01-istanbul-talks.yaml"), dir.resolve("questions/été.yaml"));
        home = Files.createDirectory(dir.resolve("home"));
    }

    @Test
    void underTheCLocale_theStartScreenShowsUtf8Names_andTheQuizIsRecordedUnderTheSet() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Tmux tmux = Tmux.startIn(
                80,
                24,
                dir,
                "env -u LANG -u LC_CTYPE LC_ALL=C " + Tmux.quote(java) + " -jar " + Tmux.quote(JAR.toString()),
                home);
        try {
            String start = tmux.await(
                    "the start screen with both sets loaded",
                    s -> s.startsWith("Lectern")
                            && s.contains("questions/ça.yaml · ")
                            && s.contains("questions/été.yaml · "),
                    Duration.ofSeconds(60));
            assertThat(start).doesNotContain("\uFFFD");
            tmux.press("Down", "Enter");
            tmux.await("question 1", s -> s.startsWith("Question 1 of 13"), STEP);
            tmux.press("Enter");
            tmux.await("its feedback", s -> s.contains("Correct") || s.contains("Wrong"), STEP);
            tmux.press("Escape");
            tmux.await("the leave dialog", s -> s.startsWith("Leave the quiz?"), STEP);
            tmux.type("f");
            String summary = tmux.await("the summary", s -> s.startsWith("Summary"), STEP);
            assertThat(summary).doesNotContain("not recorded");
            tmux.type("q");
            String shell = tmux.await("the shell after lectern", s -> s.contains("LECTERN_EXIT="), STEP);
            assertThat(shell).contains("LECTERN_EXIT=0").doesNotContain("not recorded");
        } finally {
            tmux.kill();
        }

        // Read back in a UTF-8 locale, as the launcher runs: the same set, found by its name.
        String stats = statsInUtf8("questions/été.yaml");
        assertThat(stats)
                .contains("questions/été.yaml · Istanbul talks without Putin")
                .contains("1 attempt");
    }

    private String statsInUtf8(String set) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "stats",
                        set)
                .directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LECTERN_HOME", home.toString());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = pb.redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
