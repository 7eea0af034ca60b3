package dev.lectern.tui;

import static dev.lectern.tui.QuizInTmuxIT.FIRST_SCREEN;
import static dev.lectern.tui.QuizInTmuxIT.SET;
import static dev.lectern.tui.QuizInTmuxIT.STEP;
import static dev.lectern.tui.QuizInTmuxIT.answerTheFirstTwo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: a quiz killed outright mid-session loses no answer already given. {@code kill -9} of the JVM (no shutdown
 * hook runs, the history is never closed) after two answers in a real terminal (tmux, 80x24); then
 * {@code ./lectern stats}, a process of its own, shows both, and the history still works: {@code --missed} opens
 * and records on top of it.
 *
 * <p>Runs under failsafe ({@code mvn verify}); skipped when tmux is not installed. Every step polls the pane or
 * waits on the process, with a timeout, never a fixed sleep.
 */
class KillMidSessionIT {
    @TempDir
    Path dir;

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(
                Tmux.installed(),
                "tmux is not installed, so the terminal tests are skipped"
                        + " (install it, e.g. apt-get install tmux; .ci/run does)");
    }

    @Test
    void killMinus9_afterTwoAnswers_statsShowBoth_andTheNextSessionStillOpensAndRecords() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        // LECTERN_HOME points elsewhere: --data-dir is what decides.
        Path home = Files.createDirectory(dir.resolve("home"));
        Tmux tmux = Tmux.start(80, 24, SET + " --no-shuffle --data-dir " + data, home);
        try {
            answerTheFirstTwo(tmux, "a", "✗ Wrong 0 of 1 point", "abc", "✓ Correct 2 of 2 points");

            ProcessHandle jvm = tmux.jvm();
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(jvm.pid()))
                    .inheritIO()
                    .start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0)
                    .as("kill -9 sent")
                    .isTrue();
            jvm.onExit().get(10, TimeUnit.SECONDS);
            tmux.await("the shell, told lectern died of SIGKILL (128 + 9)", s -> s.contains("LECTERN_EXIT=137"), STEP);
        } finally {
            tmux.kill();
        }

        Run stats = lectern(home, "stats", SET, "--data-dir", data.toString());
        assertThat(stats.err()).isEmpty();
        assertThat(stats.out())
                .matches(Pattern.quote("History in " + data.resolve("progress.db") + "\n\n"
                                + "  " + SET + " · Istanbul talks without Putin: who goes, who stays away\n"
                                + "    no finished session yet · last practised ")
                        + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\n"
                        + "    unfinished session: 2 of 13 answered, last \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\(open the set to"
                        + " resume it\\)\n" + Pattern.quote("""
                                                        questions, weakest first:
                                                          delegation-lead  0% of the points \u00b7 0 of 1 answer right
                                                          delegation-members  100% of the points \u00b7 1 of 1 answer right
                                                    """)
                        + "(      \\S+  never answered\n){11}");
        assertThat(stats.code()).isZero();

        // The history the killed JVM left is not damaged: the next session opens from it and records on top.
        Tmux again = Tmux.start(80, 24, SET + " --no-shuffle --missed --data-dir " + data, home);
        try {
            Pattern onlyOne = Pattern.compile("Question 1 of 1 +score \\S+");
            again.await(
                    "only the missed question",
                    s -> onlyOne.matcher(s.lines().findFirst().orElse("")).matches()
                            && s.contains("who will lead Russia's delegation"),
                    FIRST_SCREEN);
            again.type("b");
            again.press("Enter");
            again.await("its feedback", s -> s.contains("✓ Correct 1 of 1 point"), STEP);
            again.press("Enter");
            again.await("the summary", s -> s.startsWith("Summary · Istanbul talks") && s.contains("q quit"), STEP);
            again.type("q");
            again.await("the shell after lectern", s -> s.contains("LECTERN_EXIT=0"), STEP);
        } finally {
            again.kill();
        }
        assertThat(data)
                .isDirectoryContaining(f -> f.getFileName().toString().equals("progress.db"))
                .isDirectoryNotContaining(f -> f.getFileName().toString().contains("broken"));
        assertThat(home).isEmptyDirectory();
        Run after = lectern(home, "stats", SET, "--data-dir", data.toString());
        assertThat(after.err()).isEmpty();
        // The --missed session was finished; the killed one was not, and waits to be resumed.
        assertThat(after.out())
                .contains("    1 attempt · best 100% · last 100% · average 100% · last practised ")
                .contains("    unfinished session: 2 of 13 answered")
                .contains("""
                              questions, weakest first:
                                delegation-lead  50% of the points \u00b7 1 of 2 answers right
                                delegation-members  100% of the points \u00b7 1 of 1 answer right
                          """);
    }

    record Run(int code, String out, String err) {}

    /** {@code ./lectern ARGS} as a process of its own in the project folder, with {@code home} as LECTERN_HOME. */
    private Run lectern(Path home, String... args) throws IOException, InterruptedException {
        Path root = Tmux.projectRoot();
        List<String> command = new ArrayList<>(List.of(root.resolve("lectern").toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectError(err.toFile());
        pb.environment().put("LECTERN_HOME", home.toString());
        pb.environment().remove("COLUMNS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS))
                .as("lectern " + String.join(" ", args) + " ends")
                .isTrue();
        return new Run(p.exitValue(), out, Files.readString(err));
    }
}
