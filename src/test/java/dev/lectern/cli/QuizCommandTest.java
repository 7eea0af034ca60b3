package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.History;
import dev.lectern.store.HistoryFile;
import dev.lectern.store.QuestionStats;
import dev.lectern.store.SetRef;
import dev.lectern.store.SetStats;
import dev.lectern.tui.Answering;
import dev.lectern.tui.ScreenTester;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern SET} and {@code lectern} from the command line down, on a headless terminal: the same seam
 * ({@link TextScreen}) that {@code lectern review} is tested through, so the main quiz flow is tested without tmux.
 * The learner answers on Lanterna's virtual terminal; the test reads the screen and then the history recorded.
 */
class QuizCommandTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String SET = "questions/01-istanbul-talks.yaml";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private static QuestionSet istanbul() {
        return new QuestionSetLoader(ArticleLibrary.forProject(PROJECT))
                .load(PROJECT.resolve(SET), SET)
                .set()
                .orElseThrow();
    }

    /** {@code lectern ARGS} with {@code $LECTERN_HOME} in {@link #data} (so without the parser for plain runs). */
    private CliRun lectern(TextScreen screen, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                args,
                PROJECT,
                Map.of("LECTERN_HOME", data.toString()),
                Console.piped(InputStream.nullInputStream()),
                CLOCK,
                screen,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void lecternSet_answeredOnTheScreen_showsVerdictsAndSummary_andRecordsEveryAnswer() {
        QuestionSet set = istanbul();
        List<String> wrong = new ArrayList<>();
        List<String> lastScreen = new ArrayList<>();
        Consumer<ScreenTester> learner = t -> {
            assertThat(t.rows().get(0)).startsWith("Question 1 of 13");
            for (int i = 0; i < 13; i++) {
                assertThat(t.rows().get(0)).startsWith("Question " + (i + 1) + " of 13");
                Question q = Answering.onScreen(t, set);
                if (i < 3) {
                    Answering.wrong(t, q);
                    wrong.add(q.id());
                    assertThat(t.text()).contains("✗ Wrong");
                } else {
                    Answering.right(t, q);
                    assertThat(t.text()).contains("✓ Correct");
                }
                t.enter();
            }
            assertThat(t.rows().get(0)).isEqualTo("Summary · " + set.title());
            lastScreen.addAll(t.rows());
            t.type("q");
            assertThat(t.view()).isNull();
        };

        CliRun run = lectern(new HeadlessScreen(learner), SET);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(String.join("\n", lastScreen)).contains("10 right, 0 partly, 3 wrong, 0 unanswered");
        try (History h = History.open(data.resolve(HistoryFile.NAME), CLOCK)) {
            String key = h.find(SetRef.of(PROJECT, SET));
            SetStats stats = h.sets(Optional.of(key)).get(0);
            assertThat(stats.title()).isEqualTo(set.title());
            assertThat(stats.attempts()).isEqualTo(1);
            assertThat(stats.answers()).isEqualTo(13);
            assertThat(stats.lastAnswered()).isEqualTo(CLOCK.instant());
            List<String> missed = h.questions(key).stream()
                    .filter(q -> q.right() == 0)
                    .map(QuestionStats::questionId)
                    .toList();
            assertThat(missed).containsExactlyInAnyOrderElementsOf(wrong);
        }
    }

    @Test
    void lecternWithNoArguments_opensTheStartScreenOnQuestions_andStartsTheChosenSet() {
        List<String> seen = new ArrayList<>();
        CliRun run = lectern(new HeadlessScreen(t -> {
            t.prepare();
            seen.addAll(t.rows());
            t.enter();
            seen.add(t.rows().get(0));
            t.ctrl('c');
        }));

        assertThat(run.code()).isZero();
        assertThat(String.join("\n", seen)).contains(istanbul().title());
        assertThat(seen.get(seen.size() - 1)).startsWith("Question 1 of ");
    }

    @Test
    void aDumbTerminal_isRefusedAtOnce_pointingAtBatch_andNothingIsRecorded() {
        HeadlessScreen dumb = new HeadlessScreen(
                t -> {
                    throw new AssertionError("no text UI expected on a dumb terminal, but it opened on\n" + t);
                },
                Optional.of("this terminal (TERM=dumb) cannot move the cursor or clear the screen, which the text UI"
                        + " needs"));

        CliRun run = lectern(dumb, SET);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lectern: this terminal (TERM=dumb) cannot move the cursor or clear the"
                        + " screen, which the text UI needs. Run it in a terminal emulator (TERM=xterm-256color, for one);"
                        + " to grade answer sheets without a terminal use lectern --batch SET, to list the sets lectern"
                        + " --list.\n");
        assertThat(Files.exists(data.resolve(HistoryFile.NAME))).isFalse();
    }

    @Test
    void theSystemTerminal_isUnfitWhenTermIsDumb_only() {
        assertThat(TextScreen.system(Map.of("TERM", "dumb")).unfit()).isPresent();
        assertThat(TextScreen.system(Map.of("TERM", "xterm-256color")).unfit()).isEmpty();
        assertThat(TextScreen.system(Map.of()).unfit()).isEmpty();
    }
}
