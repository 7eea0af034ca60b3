package dev.lectern.tui;

import static dev.lectern.tui.QuizInTmuxIT.FIRST_SCREEN;
import static dev.lectern.tui.QuizInTmuxIT.SET;
import static dev.lectern.tui.QuizInTmuxIT.STEP;
import static dev.lectern.tui.QuizInTmuxIT.answerTheFirstTwo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 in a real terminal (tmux, 80x24): Esc mid-quiz asks; a quiz left and opened again offers to resume and
 * goes on at the next unanswered question, with the same seed; finishing an exam with questions unanswered asks.
 * Skipped when tmux is not installed. Set {@code -Dscreens.dir=DIR} to keep the screens captured.
 */
class ResumeInTmuxIT {
    @TempDir
    Path dir;

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(
                Tmux.installed(),
                "tmux is not installed, so the terminal tests are skipped"
                        + " (install it, e.g. apt-get install tmux; .ci/run does)");
    }

    private static void keep(String name, String screen) throws Exception {
        String where = System.getProperty("screens.dir");
        if (where != null) {
            Files.createDirectories(Path.of(where));
            Files.writeString(Path.of(where, name + ".txt"), screen + "\n");
        }
    }

    @Test
    void escMidQuiz_asks_leaving_andOpeningAgain_offersResume_atTheNextUnansweredQuestion_withTheSameSeed()
            throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        String args = "--seed 1 --no-shuffle " + SET;
        Tmux tmux = Tmux.start(80, 24, args, home);
        try {
            answerTheFirstTwo(tmux, "b", "✓ Correct 1 of 1 point", "d", "✗ Wrong 0 of 2 points");
            tmux.press("Enter");
            tmux.await("question 3", s -> s.startsWith("Question 3 of 13") && s.contains("Match each member"), STEP);
            tmux.press("Escape");
            String ask = tmux.await(
                    "the leave dialog",
                    s -> s.startsWith("Leave the quiz?")
                            && s.contains("2 of 13 answered.")
                            && s.contains("l  Leave, and keep the answers for later")
                            && s.contains("f  Finish now, and score what was answered"),
                    STEP);
            keep("leave", ask);
            tmux.type("l");
            String start =
                    tmux.await("the start screen", s -> s.startsWith("Lectern") && s.contains("left at 2 of 13"), STEP);
            keep("start-left", start);
            tmux.type("q");
            tmux.await("the shell after lectern", s -> s.contains("LECTERN_EXIT=0"), STEP);
        } finally {
            tmux.kill();
        }

        Tmux again = Tmux.start(80, 24, args, home);
        try {
            String offer = again.await(
                    "the offer to resume",
                    s -> s.contains("Resume — 2 of 13 answered") && s.contains("Start over"),
                    FIRST_SCREEN);
            keep("resume", offer);
            again.type("r");
            again.await(
                    "question 3 again, with the score so far",
                    s -> s.startsWith("Question 3 of 13")
                            && s.lines().findFirst().orElse("").endsWith("score 1/3")
                            && s.contains("Match each member"),
                    STEP);
            again.press("Escape");
            again.await("the leave dialog", s -> s.startsWith("Leave the quiz?"), STEP);
            again.type("f");
            String summary = again.await(
                    "the summary", s -> s.startsWith("Summary · Istanbul talks") && s.contains("q quit"), STEP);
            assertThat(summary)
                    .contains("Score 1 of 18 (6%)")
                    .contains("seed 1 · 1 right, 0 partly, 1 wrong," + " 11 unanswered");
            again.type("q");
            again.await("the shell after lectern", s -> s.contains("LECTERN_EXIT=0"), STEP);
        } finally {
            again.kill();
        }
    }

    @Test
    void finishingAnExam_withQuestionsUnanswered_asks_sayingHowMany() throws Exception {
        Tmux tmux = Tmux.start(80, 24, "--exam --seed 1 --no-shuffle " + SET);
        try {
            tmux.await(
                    "question 1",
                    s -> s.startsWith("Question 1 of 13") && s.contains("who will lead Russia's"),
                    FIRST_SCREEN);
            tmux.type("b");
            tmux.press("Enter");
            tmux.await("question 2", s -> s.startsWith("Question 2 of 13"), STEP);
            tmux.press("Escape");
            tmux.await("the exam's review", s -> s.startsWith("Review · ") && s.contains("l leave for later"), STEP);
            tmux.type("f");
            String ask = tmux.await(
                    "the confirmation",
                    s -> s.startsWith("Finish the exam?")
                            && s.contains("12 of 13 unanswered")
                            && s.contains("y  Yes, finish the exam"),
                    STEP);
            keep("finish-exam", ask);
            tmux.type("n");
            tmux.await("back in the review", s -> s.startsWith("Review · "), STEP);
            tmux.type("f");
            tmux.await("the confirmation", s -> s.startsWith("Finish the exam?"), STEP);
            tmux.type("y");
            String summary = tmux.await("the summary", s -> s.startsWith("Summary · ") && s.contains("q quit"), STEP);
            assertThat(summary).contains("1 right, 0 partly, 0 wrong, 12 unanswered");
            tmux.type("q");
            tmux.await("the shell after lectern", s -> s.contains("LECTERN_EXIT=0"), STEP);
        } finally {
            tmux.kill();
        }
    }
}
