package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.store.Attempts;
import dev.lectern.store.History;
import dev.lectern.store.HistoryFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./lectern review} for real, in a tmux pane (see {@link QuizInTmuxIT}): yesterday's answers are recorded in
 * the history first, at noon yesterday in this machine's time zone, as the quiz would have recorded them.
 */
class ReviewInTmuxIT {
    private static final String SET = "questions/01-istanbul-talks.yaml";
    private static final Duration FIRST_SCREEN = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofSeconds(10);

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(
                Tmux.installed(),
                "tmux is not installed, so the terminal tests are"
                        + " skipped (install it, e.g. apt-get install tmux; .ci/run does)");
    }

    @Test
    void yesterdaysMisses_areOfferedToday_andTheShellHearsWhatIsLeft() throws Exception {
        Path home = Files.createTempDirectory("lectern-it-history");
        ZoneId zone = ZoneId.systemDefault();
        Clock yesterday = Clock.fixed(
                LocalDate.now(zone).minusDays(1).atTime(12, 0).atZone(zone).toInstant(), zone);
        Path setFile = Path.of(SET).toAbsolutePath();
        try (History h = History.open(home.resolve(HistoryFile.NAME), yesterday)) {
            for (String[] answer : List.of(
                    new String[] {"delegation-lead", "WRONG"},
                    new String[] {"delegation-members", "CORRECT"},
                    new String[] {"ceasefire-length", "WRONG"})) {
                h.record(Attempts.of(
                        SET,
                        "Istanbul",
                        answer[0],
                        "h",
                        "x",
                        answer[1],
                        0,
                        1,
                        100,
                        "yesterday",
                        "practice",
                        false,
                        Optional.of(setFile)));
            }
        }
        Tmux tmux = Tmux.start(80, 24, "review --seed 1", home);
        try {
            tmux.await(
                    "the sets with questions due",
                    s -> s.startsWith("Review · 2 questions due today in 1 set"),
                    FIRST_SCREEN);
            tmux.press("Enter");
            String first = tmux.await("the first due question", s -> s.startsWith("Question 1 of 2"), STEP);
            assertThat(first).containsAnyOf("who will lead Russia's delegation", "How long a ceasefire");
            tmux.press("Escape");
            tmux.await("the leave dialog", s -> s.startsWith("Leave the quiz?"), STEP);
            tmux.type("f");
            tmux.await("the set's summary", s -> s.contains("Review: set 1 of 1 · s: end the review"), STEP);
            tmux.type("s");
            tmux.await("the end of the review", s -> s.contains("Every due question has been offered."), STEP);
            tmux.press("Enter");
            String after = tmux.await("the shell after lectern", s -> s.contains("LECTERN_EXIT=0"), STEP);
            assertThat(after).contains("Still due today: 2 questions");
        } finally {
            tmux.kill();
        }
    }
}
