package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A learner takes set 01 as an exam in a real terminal with {@code --hand-in}, types a name on the first screen,
 * answers some questions (right, partly, wrong) and skips the rest; grading the folder of hand-ins with
 * {@code --batch} gives the score the summary screen showed.
 */
class HandInTmuxIT {
    private static final Duration FIRST_SCREEN = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final Pattern SCORE = Pattern.compile("Score (\\d+(?:\\.\\d+)?) of 18 ");

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(
                Tmux.installed(),
                "tmux is not installed, so the terminal tests are skipped"
                        + " (install it, e.g. apt-get install tmux; .ci/run does)");
    }

    @Test
    void examHandedIn_gradesInBatchToTheScoreTheSummaryShowed() throws Exception {
        Path dir = Files.createTempDirectory("lectern-hand-in");
        Tmux tmux = Tmux.start(80, 24, "--seed 3 " + QuizInTmuxIT.SET + " --exam --hand-in " + dir);
        try {
            tmux.await("the name screen", s -> s.contains("Your name:"), FIRST_SCREEN);
            tmux.type("Ann Lee");
            tmux.press("Enter");
            // Letters are shuffled (seed 3): pick by what the screen shows.
            String q1 = tmux.await("question 1", s -> s.contains("Question 1 of 13"), STEP);
            tmux.type(letterOf(q1, "Vladimir Medinsky"));
            tmux.press("Enter");
            String q2 = tmux.await("question 2", s -> s.contains("Question 2 of 13"), STEP);
            tmux.type(letterOf(q2, "Alexander Fomin") + letterOf(q2, "Yuri Ushakov"));
            tmux.press("Enter");
            tmux.await("question 3", s -> s.contains("Question 3 of 13"), STEP);
            tmux.press("C-n");
            tmux.await("question 4", s -> s.contains("Question 4 of 13"), STEP);
            tmux.type("minister of culture");
            tmux.press("Enter");
            tmux.await("question 5", s -> s.contains("Question 5 of 13"), STEP);
            tmux.type("t");
            tmux.press("Enter");
            for (int q = 6; q <= 13; q++) {
                int n = q;
                String screen = tmux.await("question " + q, s -> s.contains("Question " + n + " of 13"), STEP);
                if (screen.contains("Turkish city")) {
                    tmux.type("Ankara");
                    tmux.press("Enter");
                } else if (screen.contains("How long a ceasefire")) {
                    tmux.type("30 days");
                    tmux.press("Enter");
                } else {
                    tmux.press("C-n");
                }
            }
            tmux.await("the review", s -> s.contains("f finishes the exam"), STEP);
            tmux.press("f");
            // Seven questions were skipped, so the exam asks before it finishes.
            tmux.await(
                    "the confirmation", s -> s.contains("Finish the exam?") && s.contains("7 of 13 unanswered"), STEP);
            tmux.press("y");
            String summary = tmux.await("the summary", s -> SCORE.matcher(s).find(), STEP);
            Matcher m = SCORE.matcher(summary);
            assertThat(m.find()).isTrue();
            String shown = m.group(1);
            tmux.press("q");
            tmux.await("the exit", s -> s.contains("LECTERN_EXIT=0"), STEP);
            assertThat(tmux.screen().replace("\n", ""))
                    .contains("lectern: handed in 6 answers as " + dir.resolve("Ann Lee.jsonl"));

            Process batch = new ProcessBuilder(
                            "./lectern", "--batch", QuizInTmuxIT.SET, "--answers", dir + "/", "--format", "csv")
                    .directory(Tmux.projectRoot().toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(batch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(batch.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> rows = out.lines().toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).startsWith("Ann Lee," + shown + ",18,");
            assertThat(Double.parseDouble(shown)).isGreaterThan(0).isLessThan(18);
        } finally {
            tmux.kill();
        }
    }

    /** The letter shown before {@code choice} on a question screen ({@code "  c) Vladimir Medinsky"}). */
    private static String letterOf(String screen, String choice) throws IOException {
        Matcher m = Pattern.compile("([a-z])\\) (?:\\[.\\] )?" + Pattern.quote(choice))
                .matcher(screen);
        if (!m.find()) {
            throw new IOException("no choice '" + choice + "' on the screen:\n" + screen);
        }
        return m.group(1);
    }
}
