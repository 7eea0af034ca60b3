package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The keys a terminal user expects to work in any full-screen program, in a real bash in tmux: Ctrl-Z stops the
 * quiz and gives the shell a working terminal, {@code fg} brings it back redrawn; Ctrl-L repaints what another
 * program wrote over it; Ctrl-\ does not paint a JVM thread dump over it; on {@code TERM=dumb} lectern refuses at
 * once instead of opening the alternate screen. Skipped without tmux. Each test was seen to fail with its fix taken
 * out of the jar (JobControl not installed; Ctrl-L not repainting; {@code quit undef} left out of the UI's modes;
 * TERM=dumb not refused), and to pass with it.
 */
class TerminalControlInTmuxIT {
    private static final String SET = QuizInTmuxIT.SET;
    private static final String FIRST = "Question 1 of 13";

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(
                Tmux.installed(),
                "tmux is not installed, so the terminal tests are skipped"
                        + " (install it, e.g. apt-get install tmux; .ci/run does)");
    }

    /** An interactive bash in the project folder, with a history of its own. */
    private static Tmux shell() throws Exception {
        Path root = Tmux.projectRoot();
        Tmux tmux = Tmux.shell(80, 24, root, root);
        Path home = Files.createTempDirectory("lectern-it-history");
        tmux.type("export LECTERN_HOME='" + home + "'");
        tmux.press("Enter");
        return tmux;
    }

    /** The terminal's modes as the shell sees them now; {@code tag} tells this answer from earlier ones on screen. */
    private static String modes(Tmux tmux, String tag) throws Exception {
        tmux.type("echo \"" + tag + "=[$(stty -a | tr ' ;' '\\n\\n' | grep -x -e isig -e -isig -e icanon -e -icanon"
                + " -e echo -e -echo | tr '\\n' ' ')]\"");
        tmux.press("Enter");
        String screen = tmux.await(
                "the terminal's modes", s -> s.contains(tag + "=[i") || s.contains(tag + "=[-"), QuizInTmuxIT.STEP);
        String line = screen.substring(screen.lastIndexOf(tag + "=["));
        return line.substring(tag.length() + 1, line.indexOf(']'));
    }

    /** Starts the quiz on the set in file order; returns its first screen. */
    private static String startQuiz(Tmux tmux) throws Exception {
        tmux.type("./lectern --no-shuffle " + SET);
        tmux.press("Enter");
        return tmux.await("the first question", s -> s.startsWith(FIRST), QuizInTmuxIT.FIRST_SCREEN);
    }

    /** Answers the first question (right: b) with single keys, which only raw mode reads at once. */
    private static void answerTheFirstQuestion(Tmux tmux) throws Exception {
        tmux.type("b");
        tmux.press("Enter");
        tmux.await("the feedback", s -> s.contains("✓ Correct 1 of 1 point"), QuizInTmuxIT.STEP);
    }

    @Test
    void ctrlZ_givesTheShellACookedTerminal_andFg_redrawsTheQuiz_whichTakesKeysAgain() throws Exception {
        Tmux tmux = shell();
        try {
            startQuiz(tmux);

            tmux.press("C-z");
            String stopped = tmux.await("the shell after Ctrl-Z", s -> s.contains("Stopped"), QuizInTmuxIT.STEP);
            assertThat(stopped).doesNotStartWith(FIRST);
            assertThat(tmux.display("#{alternate_on}"))
                    .as("alternate screen while stopped")
                    .isEqualTo("0");
            assertThat(modes(tmux, "STOPPED")).startsWith("[isig icanon echo");

            tmux.type("fg");
            tmux.press("Enter");
            String back = tmux.await("the quiz again after fg", s -> s.startsWith(FIRST), QuizInTmuxIT.STEP);
            assertThat(back).contains("who will lead Russia's delegation");
            assertThat(tmux.display("#{alternate_on}")).isEqualTo("1");
            // Raw mode again: keys are read as they are pressed.
            answerTheFirstQuestion(tmux);

            tmux.press("C-c");
            tmux.await("the shell after quitting", s -> s.strip().endsWith("\n$"), QuizInTmuxIT.STEP);
            assertThat(modes(tmux, "AFTER")).startsWith("[isig icanon echo");
        } finally {
            tmux.kill();
        }
    }

    @Test
    void ctrlL_repaintsWhatAnotherProgramWroteOverTheQuiz() throws Exception {
        Tmux tmux = shell();
        try {
            String first = startQuiz(tmux);

            // What wall(1) or a background job's output does: bytes straight onto the terminal.
            Files.writeString(Path.of(tmux.display("#{pane_tty}")), "\033[1;1HBROADCAST: system going down");
            tmux.await("the message over the quiz", s -> s.startsWith("BROADCAST"), QuizInTmuxIT.STEP);

            tmux.press("C-l");
            String repainted = tmux.await("the repainted quiz", s -> s.startsWith(FIRST), QuizInTmuxIT.STEP);
            assertThat(repainted).isEqualTo(first);
            tmux.press("C-c");
        } finally {
            tmux.kill();
        }
    }

    @Test
    void ctrlBackslash_paintsNoThreadDump_andTheQuizGoesOn() throws Exception {
        Tmux tmux = shell();
        try {
            String first = startQuiz(tmux);

            tmux.press("C-\\");
            // The JVM's dump would arrive within a moment; then the quiz must still be what it was, and alive.
            String after = tmux.awaitChange(first, Duration.ofSeconds(2));
            assertThat(after).doesNotContain("Full thread dump").isEqualTo(first);
            answerTheFirstQuestion(tmux);
            tmux.press("C-c");
        } finally {
            tmux.kill();
        }
    }

    @Test
    void termDumb_isRefused_withAMessagePointingAtBatch_andNoAlternateScreen() throws Exception {
        Tmux tmux = shell();
        try {
            tmux.type("TERM=dumb ./lectern " + SET + "; echo LECTERN_EXIT=$?");
            tmux.press("Enter");
            String refused =
                    tmux.await("the refusal", s -> s.matches("(?s).*LECTERN_EXIT=\\d.*"), QuizInTmuxIT.FIRST_SCREEN);

            assertThat(refused)
                    .contains("lectern: this terminal (TERM=dumb) cannot move the cursor")
                    .contains("lectern --batch SET")
                    .contains("LECTERN_EXIT=2")
                    .doesNotContain(FIRST);
            assertThat(tmux.display("#{alternate_on}")).isEqualTo("0");
            assertThat(modes(tmux, "DUMB")).startsWith("[isig icanon echo");
        } finally {
            tmux.kill();
        }
    }
}
