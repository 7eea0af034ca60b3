package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Rule;
import dev.lectern.engine.Verdict;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.schedule.AnswerMode;
import dev.lectern.schedule.Slot;
import dev.lectern.store.ContentHash;
import dev.lectern.store.DueQuestion;
import dev.lectern.store.History;
import dev.lectern.store.SetRef;
import dev.lectern.tui.AnswerLog;
import dev.lectern.tui.ProgressSource;
import dev.lectern.tui.SetProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text UI's answers in a real history file, with their set's absolute file; a history that cannot be written
 * never stops the quiz.
 */
class HistoryLogTest {
    private static final QuestionSet SET = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
            .load(Path.of("questions/01-istanbul-talks.yaml"), "questions/01-istanbul-talks.yaml")
            .set()
            .orElseThrow();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static AnswerLog.Answered answered(Question q, boolean right) {
        Grade g = new Grade(
                q.id(),
                right ? q.points() : 0,
                q.points(),
                right ? Verdict.CORRECT : Verdict.WRONG,
                Rule.EXACT,
                "my answer",
                "the answer",
                Optional.empty(),
                List.of(),
                List.of());
        return new AnswerLog.Answered(
                started("s1"),
                q,
                g,
                List.of("my answer"),
                900,
                false,
                SET.questions().stream().mapToDouble(Question::points).sum());
    }

    static AnswerLog.Started started(String session) {
        return new AnswerLog.Started(
                "questions/01-istanbul-talks.yaml",
                SET.title(),
                session,
                AnswerMode.PRACTICE,
                1,
                true,
                Optional.empty(),
                SET.questions().stream().map(Question::id).toList(),
                CLOCK.instant());
    }

    private static SetRef sets(String name) {
        return SetRef.of(Path.of(""), name);
    }

    @Test
    void answers_areRecorded_withTheQuestionsContentHash_andTheSetsAbsoluteFile() throws IOException {
        Path file = dir.resolve("progress.db");
        Question q = SET.questions().get(0);
        Path project = Path.of("").toAbsolutePath();
        try (HistoryLog log = new HistoryLog(file, CLOCK, HistoryLogTest::sets)) {
            log.answered(answered(q, false));
            // Written already, before the log is closed: a crash now loses nothing.
            try (History h = History.open(file, CLOCK)) {
                String key = project.resolve("questions/01-istanbul-talks.yaml")
                        .toRealPath()
                        .toString();
                assertThat(h.rows(key)).isEqualTo(1);
                assertThat(h.due(LocalDate.of(2026, 3, 2)))
                        .singleElement()
                        .isEqualTo(new DueQuestion(
                                new SetRef(key, "questions/01-istanbul-talks.yaml"),
                                q.id(),
                                new Slot(1, LocalDate.of(2026, 3, 2))));
                assertThat(h.lastMissed(key)).containsExactly(q.id());
                assertThat(h.questions(key).get(0).lastHash()).isEqualTo(ContentHash.of(q));
            }
        }
    }

    @Test
    void aHistoryThatCannotBeOpened_isReportedOnce_afterTheQuiz() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        HistoryLog log = new HistoryLog(notADir.resolve("progress.db"), CLOCK, HistoryLogTest::sets);
        log.answered(answered(SET.questions().get(0), true));
        log.answered(answered(SET.questions().get(1), true));
        log.close();
        StringWriter err = new StringWriter();
        log.report(new PrintWriter(err, true));
        assertThat(err.toString())
                .startsWith("lectern: the answers from here on were not recorded: cannot create")
                .doesNotContain("Exception")
                .containsOnlyOnce("lectern:");
    }

    @Test
    void progress_isEachSetsBestAndLastFinishedSession() {
        List<Question> qs = SET.questions();
        try (HistoryLog log = new HistoryLog(dir.resolve("progress.db"), CLOCK, HistoryLogTest::sets)) {
            log.answered(answered(qs.get(0), true));
            log.answered(answered(qs.get(1), true));
            log.finished(started("s1"), List.of());
            log.answered(withSession(answered(qs.get(0), false), "s2"));
            log.answered(withSession(answered(qs.get(1), true), "s2"));
            log.finished(started("s2"), List.of());

            ProgressSource.Progress progress =
                    log.read(List.of("questions/01-istanbul-talks.yaml", "questions/x.yaml"), AnswerMode.PRACTICE);

            SetProgress istanbul = progress.of("questions/01-istanbul-talks.yaml");
            assertThat(istanbul.attempts()).isEqualTo(2);
            // Of the 18 points of the whole set: 1 + 2 in the first session, 2 in the second.
            assertThat(istanbul.best()).isCloseTo(100.0 * 3 / 18, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(istanbul.last()).isCloseTo(100.0 * 2 / 18, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(istanbul.resumable()).isEmpty();
            assertThat(progress.of("questions/x.yaml")).isEqualTo(SetProgress.NONE);
        }
    }

    private static AnswerLog.Answered withSession(AnswerLog.Answered a, String session) {
        return new AnswerLog.Answered(
                started(session), a.question(), a.grade(), a.parts(), a.millis(), a.overridden(), a.sessionPossible());
    }

    @Test
    void progress_ofAHistoryThatCannotBeOpened_isNothing_andReportedAfterTheQuiz() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        HistoryLog log = new HistoryLog(notADir.resolve("progress.db"), CLOCK, HistoryLogTest::sets);
        assertThat(log.read(List.of("questions/01-istanbul-talks.yaml"), AnswerMode.PRACTICE)
                        .sets())
                .isEmpty();
        log.close();
        StringWriter err = new StringWriter();
        log.report(new PrintWriter(err, true));
        assertThat(err.toString()).startsWith("lectern: the answers from here on were not recorded: cannot create");
    }

    @Test
    void progress_countsTheQuestionsDueToday_perSetAndInAll() {
        List<Question> qs = SET.questions();
        Path db = dir.resolve("progress.db");
        try (HistoryLog log = new HistoryLog(db, CLOCK, HistoryLogTest::sets)) {
            log.answered(answered(qs.get(0), false));
            log.answered(answered(qs.get(1), true));
            log.answered(answered(qs.get(2), false));
        }
        Clock tomorrow = Clock.offset(CLOCK, java.time.Duration.ofDays(1));
        try (HistoryLog log = new HistoryLog(db, tomorrow, HistoryLogTest::sets)) {
            ProgressSource.Progress progress =
                    log.read(List.of("questions/01-istanbul-talks.yaml"), AnswerMode.PRACTICE);
            assertThat(progress.due()).isEqualTo(2);
            assertThat(progress.of("questions/01-istanbul-talks.yaml").due()).isEqualTo(2);
            // The session was never finished nor left (the process ended): it waits to be resumed.
            assertThat(progress.of("questions/01-istanbul-talks.yaml").label()).isEqualTo("2 due · left at 3 of 13");
        }
        try (HistoryLog log = new HistoryLog(db, CLOCK, HistoryLogTest::sets)) {
            assertThat(log.read(List.of("questions/01-istanbul-talks.yaml"), AnswerMode.PRACTICE)
                            .due())
                    .isZero();
        }
    }
}
