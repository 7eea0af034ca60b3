package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.SetRef;
import dev.lectern.tui.Answering;
import dev.lectern.tui.ScreenTester;
import dev.lectern.tui.SetEntry;
import dev.lectern.tui.StartView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 over a real history file: one set is one set from any folder and either front-end, and a quiz left (or
 * ended by the process going away) is taken up again where it was, counting in the scores only once finished.
 */
class OneSetAndResumeTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String SET = "questions/01-istanbul-talks.yaml";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
    private static final QuestionSet ISTANBUL = new QuestionSetLoader(ArticleLibrary.forProject(PROJECT))
            .load(PROJECT.resolve(SET), SET)
            .set()
            .orElseThrow();

    @TempDir
    Path data;

    private Path history() {
        return data.resolve("progress.db");
    }

    /** {@code lectern SET} as run from {@code folder}, the set named {@code name} there, with its history. */
    private ScreenTester open(HistoryLog log, String name, Clock clock) {
        StartView home = new StartView(
                        List.of(new SetEntry(name, Optional.of(ISTANBUL), "")), SessionOptions.practice(5), clock)
                .recordingTo(log)
                .showingProgressFrom(log);
        return new ScreenTester(home.opening(name, ISTANBUL)).prepare();
    }

    private static HistoryLog log(Path history, Path folder, Clock clock) {
        return new HistoryLog(history, clock, n -> SetRef.of(folder, n));
    }

    /** Answers the question on screen right and goes on; returns its id. */
    private static String answerRight(ScreenTester t) {
        Question q = Answering.onScreen(t, ISTANBUL);
        Answering.right(t, q);
        t.enter();
        return q.id();
    }

    @Test
    void theSameSet_recordedFromTwoFolders_byTheTextUiAndByBatchRecord_isOneSetInStats(@TempDir Path elsewhere) {
        try (HistoryLog log = log(history(), PROJECT, CLOCK)) {
            ScreenTester t = open(log, SET, CLOCK);
            for (int i = 0; i < 13; i++) {
                answerRight(t);
            }
            assertThat(t.rows().get(0)).startsWith("Summary · ");
            t.type("q");
        }
        CliRun batch = CliRun.withInput(
                PROJECT.resolve("questions"),
                Map.of(),
                CLOCK,
                BatchCommandTest.ANN,
                "--batch",
                "01-istanbul-talks.yaml",
                "--record",
                "--data-dir",
                data.toString());
        assertThat(batch.err()).isEqualTo("lectern: recorded 1 sheet (13 answers) in " + history() + "\n");

        CliRun stats = CliRun.in(elsewhere, "stats", "--data-dir", data.toString());
        assertThat(stats.err()).isEmpty();
        assertThat(stats.out().lines().filter(l -> l.endsWith(" · " + ISTANBUL.title())))
                .hasSize(1);
        assertThat(stats.out()).contains("    2 attempts · best 100% · last 100% · average 100%");
        // Named as inside questions/, or by its absolute path: the same set.
        assertThat(CliRun.in(
                                PROJECT.resolve("questions"),
                                "stats",
                                "01-istanbul-talks.yaml",
                                "--data-dir",
                                data.toString())
                        .out())
                .contains("    2 attempts · best 100%");
        assertThat(CliRun.in(elsewhere, "stats", PROJECT.resolve(SET).toString(), "--data-dir", data.toString())
                        .out())
                .contains("    2 attempts · best 100%");
    }

    @Test
    void leftWithEsc_reopened_offersResume_andGoesOnAtTheNextUnansweredQuestion_inTheSameOrder() {
        List<String> order = new ArrayList<>();
        try (HistoryLog log = log(history(), PROJECT, CLOCK)) {
            ScreenTester t = open(log, SET, CLOCK);
            order.add(answerRight(t));
            order.add(answerRight(t));
            t.press(KeyType.Escape);
            assertThat(t.rows().get(3)).isEqualTo("2 of 13 answered.");
            t.type("l");
            assertThat(t.rows().get(0)).startsWith("Lectern");
            t.prepare();
            assertThat(t.text()).contains("left at 2 of 13");
        }
        CliRun unfinished =
                CliRun.at(PROJECT, CLOCK, TextScreen.system(Map.of()), "stats", SET, "--data-dir", data.toString());
        assertThat(unfinished.out())
                .contains("    no finished session yet")
                .contains("    unfinished session: 2 of 13 answered, last 2026-03-01 10:15 UTC (open the set to"
                        + " resume it)");

        // Another process, from inside questions/: the same set, the same session.
        try (HistoryLog log = log(history(), PROJECT.resolve("questions"), CLOCK)) {
            ScreenTester t = open(log, "01-istanbul-talks.yaml", CLOCK);
            assertThat(t.rows().get(0)).isEqualTo(ISTANBUL.title());
            assertThat(t.text()).contains("› r  Resume — 2 of 13 answered");
            t.type("r");
            assertThat(t.rows().get(0)).startsWith("Question 3 of 13").endsWith("score 3/3");
            for (int i = 2; i < 13; i++) {
                order.add(answerRight(t));
            }
            assertThat(t.rows().get(2)).isEqualTo("Score 18 of 18 (100%)  PASSED");
            assertThat(t.rows().get(3)).contains("seed 5 · 13 right");
            t.type("q");
        }
        // The same seed gives the same order: the one a fresh session with seed 5 shows.
        try (HistoryLog log = log(data.resolve("other.db"), PROJECT, CLOCK)) {
            ScreenTester fresh = open(log, SET, CLOCK);
            List<String> freshOrder = new ArrayList<>();
            for (int i = 0; i < 13; i++) {
                freshOrder.add(answerRight(fresh));
            }
            assertThat(order).isEqualTo(freshOrder);
        }
        CliRun stats = CliRun.in(PROJECT, "stats", SET, "--data-dir", data.toString());
        assertThat(stats.out())
                .contains("    1 attempt · best 100% · last 100% · average 100%")
                .doesNotContain("unfinished");
    }

    @Test
    void aSessionEndedWithoutLeaving_isResumable_andAfterAWeekShownAsAbandoned_itsAnswersKept() {
        try (HistoryLog log = log(history(), PROJECT, CLOCK)) {
            ScreenTester t = open(log, SET, CLOCK);
            answerRight(t);
            // The process goes away here (a closed terminal, a kill): nothing more is recorded.
        }
        Clock nextDay = Clock.offset(CLOCK, Duration.ofDays(1));
        try (HistoryLog log = log(history(), PROJECT, nextDay)) {
            assertThat(open(log, SET, nextDay).text()).contains("Resume — 1 of 13 answered");
        }
        Clock later = Clock.offset(CLOCK, Duration.ofDays(8));
        try (HistoryLog log = log(history(), PROJECT, later)) {
            assertThat(open(log, SET, later).rows().get(0)).startsWith("Question 1 of 13");
        }
        CliRun stats =
                CliRun.at(PROJECT, later, TextScreen.system(Map.of()), "stats", SET, "--data-dir", data.toString());
        assertThat(stats.out())
                .contains("abandoned session: 1 of 13 answered")
                .containsPattern(Pattern.compile("\\n      \\S+  100% of the points · 1 of 1 answer right\\n"));
    }

    @Test
    void startingOver_abandonsTheSessionLeft_andBeginsANewOne() {
        try (HistoryLog log = log(history(), PROJECT, CLOCK)) {
            ScreenTester t = open(log, SET, CLOCK);
            answerRight(t);
            t.press(KeyType.Escape);
            t.type("l");
        }
        try (HistoryLog log = log(history(), PROJECT, CLOCK)) {
            ScreenTester t = open(log, SET, CLOCK);
            t.type("n");
            assertThat(t.rows().get(0)).startsWith("Question 1 of 13").endsWith("score 0/0");
        }
        try (HistoryLog log = log(history(), PROJECT, CLOCK)) {
            assertThat(open(log, SET, CLOCK).rows().get(0)).startsWith("Question 1 of 13");
        }
        assertThat(CliRun.in(PROJECT, "stats", SET, "--data-dir", data.toString())
                        .out())
                .contains("abandoned session: 1 of 13 answered");
    }

    @Test
    void relink_movesAMovedSetsHistory_toItsNewFile(@TempDir Path folder) throws Exception {
        Path old = folder.resolve("old.yaml");
        java.nio.file.Files.copy(PROJECT.resolve(SET), old);
        try (HistoryLog log = log(history(), folder, CLOCK)) {
            ScreenTester t = open(log, "old.yaml", CLOCK);
            answerRight(t);
            t.press(KeyType.Escape);
            t.type("f");
        }
        Path now = folder.resolve("renamed.yaml");
        java.nio.file.Files.move(old, now);
        CliRun relink =
                CliRun.in(folder, "stats", "--relink", "old.yaml", "renamed.yaml", "--data-dir", data.toString());
        assertThat(relink.err()).isEmpty();
        assertThat(relink.out()).isEqualTo("moved the 1 recorded answer of old.yaml to " + now.toRealPath() + "\n");
        assertThat(CliRun.in(folder, "stats", "renamed.yaml", "--data-dir", data.toString())
                        .out())
                .contains("1 attempt");
        CliRun again =
                CliRun.in(folder, "stats", "--relink", "old.yaml", "renamed.yaml", "--data-dir", data.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("lectern stats: --relink: old.yaml and renamed.yaml are the same set\n");
        CliRun none =
                CliRun.in(folder, "stats", "--relink", "never.yaml", "renamed.yaml", "--data-dir", data.toString());
        assertThat(none.err()).startsWith("lectern stats: --relink: no history for never.yaml");
    }
}
