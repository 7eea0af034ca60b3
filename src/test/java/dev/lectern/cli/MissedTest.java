package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.Attempts;
import dev.lectern.store.History;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern SET --missed}: the questions answered wrongly in the set's last session, from the history. */
class MissedTest {
    private static final String SET = "questions/01-istanbul-talks.yaml";
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path data;

    private static void record(History h, QuestionSet set, String session, Question q, boolean right) {
        h.record(Attempts.of(
                SET,
                set.title(),
                q.id(),
                "h",
                "x",
                right ? "CORRECT" : "WRONG",
                right ? 1 : 0,
                1,
                10,
                session,
                "practice",
                false));
    }

    @Test
    void onlyTheLastSessionsWrongOnes_thatAreStillInTheSet() {
        QuestionSet set = new QuestionSetLoader(ArticleLibrary.forProject(PROJECT))
                .load(PROJECT.resolve(SET), SET)
                .set()
                .orElseThrow();
        List<Question> qs = set.questions();
        Path file = data.resolve("progress.db");
        Clock clock = Clock.systemUTC();
        assertThat(QuizLauncher.missedQuestions(file, new dev.lectern.store.SetRef(SET, SET), set, clock))
                .isEmpty();
        try (History h = History.open(file, clock)) {
            record(h, set, "one", qs.get(0), false);
            record(h, set, "one", qs.get(1), false);
            record(h, set, "two", qs.get(0), true);
            record(h, set, "two", qs.get(1), false);
            record(h, set, "two", qs.get(2), false);
            h.record(Attempts.of(
                    SET, set.title(), "gone-from-the-file", "h", "x", "WRONG", 0, 1, 10, "two", "practice", false));
        }
        assertThat(QuizLauncher.missedQuestions(file, new dev.lectern.store.SetRef(SET, SET), set, clock))
                .isEqualTo(Optional.of(List.of(qs.get(1).id(), qs.get(2).id())));
    }

    @Test
    void missed_withBatch_isAUsageError() {
        CliRun run = CliRun.in(PROJECT, "--batch", SET, "--missed");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--missed");
    }
}
