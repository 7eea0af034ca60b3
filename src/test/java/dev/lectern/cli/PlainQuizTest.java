package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern} and {@code lectern PATH} skip the command-line parser; everything else goes through it. */
class PlainQuizTest {
    @TempDir
    Path dir;

    private boolean plain(String... args) {
        return LecternCommand.plainQuiz(
                        args, dir, Map.of(), java.time.Clock.systemUTC(), TextScreen.system(Map.of()), Main.SUBCOMMANDS)
                .isPresent();
    }

    @Test
    void subcommands_areTheRegisteredOnes() {
        assertThat(Main.commandLine(dir, Map.of(), Console.system(), java.time.Clock.systemUTC(), null)
                        .getSubcommands()
                        .keySet())
                .isEqualTo(Main.SUBCOMMANDS);
    }

    @Test
    void aRunBuildsOnlyTheSubcommandItNames_butHelpCompletionAndTyposSeeThemAll() {
        assertThat(Main.SUBCOMMANDS.stream().filter(Main.wanted(new String[] {"check", "questions/"})))
                .containsExactly("check");
        assertThat(Main.SUBCOMMANDS.stream().filter(Main.wanted(new String[] {"--version"})))
                .isEmpty();
        assertThat(Main.SUBCOMMANDS.stream().filter(Main.wanted(new String[] {"completion", "bash"})))
                .hasSameSizeAs(Main.SUBCOMMANDS);
        assertThat(Main.SUBCOMMANDS.stream().filter(Main.wanted(new String[] {"--help"})))
                .hasSameSizeAs(Main.SUBCOMMANDS);
    }

    @Test
    void plainQuiz_noArgumentsOrOnePath_skipsTheParser() {
        assertThat(plain()).isTrue();
        assertThat(plain("questions/")).isTrue();
        assertThat(plain("questions/01-istanbul-talks.yaml")).isTrue();
    }

    @Test
    void plainQuiz_optionsSubcommandsAndArgumentFiles_goToTheParser() {
        assertThat(plain("--help")).isFalse();
        assertThat(plain("-V")).isFalse();
        assertThat(plain("check")).isFalse();
        assertThat(plain("stats")).isFalse();
        assertThat(plain("@args.txt")).isFalse();
        assertThat(plain("")).isFalse();
        assertThat(plain("questions/", "--exam")).isFalse();
        assertThat(plain("bad\0path")).isFalse();
    }

    @Test
    void plainQuiz_withoutTerminal_saysTheSameAsTheParsedCommand() {
        CliRun plain = CliRun.in(dir, "questions/");
        CliRun parsed = CliRun.in(dir, "questions/", "--no-shuffle");
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err())
                .isEqualTo(parsed.err())
                .startsWith("lectern: the quiz needs a terminal, and standard input or output is not one.");
    }
}
