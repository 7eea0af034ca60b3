package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Under a test runner standard input and output are not a terminal, as in a pipe or a script. */
class QuizWithoutTerminalTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void quizWithoutATerminal_pointsAtBatch_andExitsTwo() {
        CliRun run = CliRun.in(PROJECT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lectern: the quiz needs a terminal, and standard input or output is not one."
                        + " To grade answer sheets in a script use --batch; to list the sets use --list.\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void list_printsTheSetsWithoutATerminal() {
        CliRun run = CliRun.in(PROJECT, "--list");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("questions/01-istanbul-talks.yaml", "13 questions");
    }
}
