package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feedback by part in a real terminal: {@code ./lectern} in an 80×24 tmux pane (see {@link QuizInTmuxIT} for
 * how it is driven and read), a multi question answered with one right and one wrong pick.
 */
class FeedbackInTmuxIT {
    private static final Duration STEP = Duration.ofSeconds(10);

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(
                Tmux.installed(),
                "tmux is not installed, so the terminal tests are skipped"
                        + " (install it, e.g. apt-get install tmux; .ci/run does)");
    }

    @Test
    void multi_oneRightAndOneWrongPick_showsATickAndACrossPerPick_andTheRightOnesMissed() throws Exception {
        Tmux tmux = Tmux.start(80, 24, "--seed 1 --no-shuffle " + QuizInTmuxIT.SET);
        try {
            tmux.await(
                    "question 1",
                    s -> s.startsWith("Question 1 of 13") && s.contains("a) Sergey Lavrov"),
                    QuizInTmuxIT.FIRST_SCREEN);
            tmux.type("b");
            tmux.press("Enter");
            tmux.await("feedback on question 1", s -> s.contains("✓ Correct 1 of 1 point"), STEP);
            tmux.press("Enter");
            tmux.await(
                    "question 2",
                    s -> s.contains("Who will join Medinsky in Istanbul?") && s.contains("e) [ ] Sergey Lavrov"),
                    STEP);
            // Fomin (a) is one of the delegation, Lavrov (e) is not.
            tmux.type("ae");
            tmux.await(
                    "a and e ticked",
                    s -> s.contains("a) [x] Alexander Fomin") && s.contains("e) [x] Sergey Lavrov"),
                    STEP);
            tmux.press("Enter");

            String feedback = tmux.await(
                    "feedback by pick",
                    s -> s.startsWith("Question 2 of 13") && s.contains("Right, but not picked:"),
                    STEP);
            List<String> lines = feedback.lines().toList();
            assertThat(lines.subList(2, 9))
                    .containsExactly(
                            "✗ Wrong 0 of 2 points",
                            "Your picks:",
                            "  ✓ Alexander Fomin",
                            "  ✗ Sergey Lavrov",
                            "Right, but not picked:",
                            "  · Mikhail Galuzin",
                            "  · Igor Kostyukov");
            assertThat(feedback).doesNotContain("Your answer:", "Expected:");
        } finally {
            tmux.kill();
        }
    }
}
