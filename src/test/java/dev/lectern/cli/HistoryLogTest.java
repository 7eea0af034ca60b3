package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Rule;
import dev.lectern.engine.Verdict;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.schedule.Slot;
import dev.lectern.store.ContentHash;
import dev.lectern.store.DueQuestion;
import dev.lectern.store.History;
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
            .load(Path.of("questions/01-istanbul-talks.yaml"), "questions/01-istanbul-talks.yaml").set().orElseThrow();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static AnswerLog.Answered answered(Question q, boolean right) {
        Grade g = new Grade(q.id(), right ? q.points() : 0, q.points(), right ? Verdict.CORRECT : Verdict.WRONG,
                Rule.values()[0], "my answer", "the answer", Optional.empty(), List.of(), List.of());
        return new AnswerLog.Answered("questions/01-istanbul-talks.yaml", SET.title(), q, g, 900, "s1", "practice",
                false);
    }

    @Test
    void answers_areRecorded_withTheQuestionsContentHash_andTheSetsAbsoluteFile() {
        Path file = dir.resolve("progress.db");
        Question q = SET.questions().get(0);
        Path project = Path.of("").toAbsolutePath();
        try (HistoryLog log = new HistoryLog(file, CLOCK, Path::of)) {
            log.answered(answered(q, false));
            // Written already, before the log is closed: a crash now loses nothing.
            try (History h = History.open(file, CLOCK)) {
                assertThat(h.rows("questions/01-istanbul-talks.yaml")).isEqualTo(1);
                assertThat(h.due(LocalDate.of(2026, 3, 2))).singleElement().isEqualTo(new DueQuestion(
                        "questions/01-istanbul-talks.yaml", q.id(),
                        Optional.of(project.resolve("questions/01-istanbul-talks.yaml")),
                        new Slot(1, LocalDate.of(2026, 3, 2))));
                assertThat(h.lastMissed("questions/01-istanbul-talks.yaml")).containsExactly(q.id());
                assertThat(h.questions("questions/01-istanbul-talks.yaml").get(0).lastHash())
                        .isEqualTo(ContentHash.of(q));
            }
        }
    }

    @Test
    void aHistoryThatCannotBeOpened_isReportedOnce_afterTheQuiz() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        HistoryLog log = new HistoryLog(notADir.resolve("progress.db"), CLOCK, Path::of);
        log.answered(answered(SET.questions().get(0), true));
        log.answered(answered(SET.questions().get(1), true));
        log.close();
        StringWriter err = new StringWriter();
        log.report(new PrintWriter(err, true));
        assertThat(err.toString()).startsWith("lectern: the answers from here on were not recorded: cannot create")
                .doesNotContain("Exception").containsOnlyOnce("lectern:");
    }

    @Test
    void progress_isEachSetsBestAndLastSession() {
        List<Question> qs = SET.questions();
        try (HistoryLog log = new HistoryLog(dir.resolve("progress.db"), CLOCK, Path::of)) {
            log.answered(answered(qs.get(0), true));
            log.answered(answered(qs.get(1), true));
            log.answered(withSession(answered(qs.get(0), false), "s2"));
            log.answered(withSession(answered(qs.get(1), true), "s2"));

            ProgressSource.Progress progress = log.read(List.of("questions/01-istanbul-talks.yaml", "questions/x.yaml"));

            SetProgress istanbul = progress.of("questions/01-istanbul-talks.yaml");
            assertThat(istanbul.attempts()).isEqualTo(2);
            assertThat(istanbul.best()).isEqualTo(100);
            assertThat(istanbul.last()).isBetween(1.0, 99.0);
            assertThat(progress.of("questions/x.yaml")).isEqualTo(SetProgress.NONE);
        }
    }

    private static AnswerLog.Answered withSession(AnswerLog.Answered a, String session) {
        return new AnswerLog.Answered(a.setPath(), a.setTitle(), a.question(), a.grade(), a.millis(), session,
                a.mode(), a.overridden());
    }

    @Test
    void progress_ofAHistoryThatCannotBeOpened_isNothing_andReportedAfterTheQuiz() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        HistoryLog log = new HistoryLog(notADir.resolve("progress.db"), CLOCK, Path::of);
        assertThat(log.read(List.of("questions/01-istanbul-talks.yaml")).sets()).isEmpty();
        log.close();
        StringWriter err = new StringWriter();
        log.report(new PrintWriter(err, true));
        assertThat(err.toString()).startsWith("lectern: the answers from here on were not recorded: cannot create");
    }

    @Test
    void progress_countsTheQuestionsDueToday_perSetAndInAll() {
        List<Question> qs = SET.questions();
        Path db = dir.resolve("progress.db");
        try (HistoryLog log = new HistoryLog(db, CLOCK, Path::of)) {
            log.answered(answered(qs.get(0), false));
            log.answered(answered(qs.get(1), true));
            log.answered(answered(qs.get(2), false));
        }
        Clock tomorrow = Clock.offset(CLOCK, java.time.Duration.ofDays(1));
        try (HistoryLog log = new HistoryLog(db, tomorrow, Path::of)) {
            ProgressSource.Progress progress = log.read(List.of("questions/01-istanbul-talks.yaml"));
            assertThat(progress.due()).isEqualTo(2);
            assertThat(progress.of("questions/01-istanbul-talks.yaml").due()).isEqualTo(2);
            assertThat(progress.of("questions/01-istanbul-talks.yaml").label()).endsWith(" · 2 due");
        }
        try (HistoryLog log = new HistoryLog(db, CLOCK, Path::of)) {
            assertThat(log.read(List.of("questions/01-istanbul-talks.yaml")).due()).isZero();
        }
    }
}
