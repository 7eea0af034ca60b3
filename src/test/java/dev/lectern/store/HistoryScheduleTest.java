package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.schedule.Slot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review schedule kept by the history, on real SQLite files, over simulated days (a clock per day). */
class HistoryScheduleTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 1);
    private static final String SET = "questions/01-istanbul-talks.yaml";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("progress.db");
    }

    /** The history as a learner's process on {@code day} (at 10:00 UTC) opens it. */
    private History on(LocalDate day) {
        return History.open(file(), Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static Attempt answer(String set, String session, String question, String verdict, String mode) {
        return Attempts.of(
                set,
                "Title",
                question,
                "h",
                "x",
                verdict,
                verdict.equals("CORRECT") ? 1 : 0,
                1,
                500,
                session,
                mode,
                false);
    }

    private static Attempt iWasRight(String set, String session, String question) {
        return Attempts.of(set, "Title", question, "h", "x", "CORRECT", 1, 1, 0, session, "practice", true);
    }

    /** Takes the set in practice: q1..q13, the ones in {@code wrong} answered wrongly, the others right. */
    private static void takeSet(History h, String session, List<String> wrong) {
        for (int i = 1; i <= 13; i++) {
            String q = "q" + i;
            h.record(answer(SET, session, q, wrong.contains(q) ? "WRONG" : "CORRECT", "practice"));
        }
    }

    private static List<String> dueIds(History h, LocalDate day) {
        return h.due(day).stream().map(DueQuestion::questionId).toList();
    }

    @Test
    void threeWrongOnDayOne_areExactlyTheQuestionsDueOnDayTwo() {
        try (History h = on(DAY1)) {
            takeSet(h, "day1", List.of("q3", "q7", "q11"));
            assertThat(h.dueCount(DAY1)).isZero();
            assertThat(h.nextDue(DAY1)).hasValue(new NextDue(DAY1.plusDays(1), 3));
        }
        try (History h = on(DAY1.plusDays(1))) {
            assertThat(dueIds(h, DAY1.plusDays(1))).containsExactly("q11", "q3", "q7");
            assertThat(h.dueCount(DAY1.plusDays(1))).isEqualTo(3);
            assertThat(h.dueBySet(DAY1.plusDays(1))).isEqualTo(Map.of(SET, 3L));
            for (String q : List.of("q3", "q7", "q11")) {
                h.record(answer(SET, "day2", q, "CORRECT", "review"));
            }
            assertThat(h.dueCount(DAY1.plusDays(1))).isZero();
            assertThat(h.nextDue(DAY1.plusDays(1))).hasValue(new NextDue(DAY1.plusDays(2), 10));
            assertThat(h.slot(SET, "q3")).hasValue(new Slot(2, DAY1.plusDays(3)));
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(2, DAY1.plusDays(2)));
        }
        try (History h = on(DAY1.plusDays(2))) {
            assertThat(h.dueCount(DAY1.plusDays(2))).isEqualTo(10);
        }
    }

    @Test
    void iWasRight_countsAsRight_andReplacesTheWrongAnswerOfItsSession() {
        try (History h = on(DAY1)) {
            h.record(answer(SET, "one", "q1", "WRONG", "practice"));
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(1, DAY1.plusDays(1)));
            h.record(iWasRight(SET, "one", "q1"));
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(2, DAY1.plusDays(2)));
        }
    }

    @Test
    void cramAnswers_areRecorded_butLeaveTheScheduleAsItWas() {
        try (History h = on(DAY1)) {
            h.record(answer(SET, "one", "q1", "CORRECT", "practice"));
            h.record(answer(SET, "one", "q2", "WRONG", "practice"));
        }
        try (History h = on(DAY1.plusDays(2))) {
            h.record(answer(SET, "cram", "q1", "WRONG", "cram"));
            h.record(answer(SET, "cram", "q2", "CORRECT", "cram"));
            h.record(answer(SET, "cram", "q3", "CORRECT", "cram"));
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(2, DAY1.plusDays(2)));
            assertThat(h.slot(SET, "q2")).hasValue(new Slot(1, DAY1.plusDays(1)));
            assertThat(h.slot(SET, "q3")).isEmpty();
            assertThat(h.rows(SET)).isEqualTo(5);
            assertThat(h.sets(Optional.of(SET)).get(0).attempts()).isEqualTo(2);
        }
    }

    @Test
    void examAnswers_moveTheSchedule_likePractice() {
        try (History h = on(DAY1)) {
            h.record(answer(SET, "exam", "q1", "PARTIAL", "exam"));
            h.record(answer(SET, "exam", "q2", "UNANSWERED", "exam"));
            h.record(answer(SET, "exam", "q3", "CORRECT", "exam"));
            assertThat(dueIds(h, DAY1.plusDays(1))).containsExactly("q1", "q2");
        }
    }

    @Test
    void theDay_isTheLearnersCalendarDay_inTheClocksZone() {
        // 03:30 UTC on 2 March is still the evening of 1 March in New York: due on 2 March there, not 3 March.
        Clock newYork = Clock.fixed(
                LocalDate.of(2026, 3, 2).atTime(3, 30).toInstant(ZoneOffset.UTC), ZoneId.of("America/New_York"));
        try (History h = History.open(file(), newYork)) {
            h.record(answer(SET, "evening", "q1", "WRONG", "practice"));
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(1, LocalDate.of(2026, 3, 2)));
        }
    }

    @Test
    void aSetIsItsFile_twoFilesAreTwoSets_evenUnderOneName() {
        Path old = Path.of("/old/place/questions/01-istanbul-talks.yaml");
        Path now = Path.of("/new/place/questions/01-istanbul-talks.yaml");
        try (History h = on(DAY1)) {
            h.record(withFile(answer(SET, "two", "q1", "WRONG", "practice"), old));
            h.record(withFile(answer(SET, "three", "q1", "WRONG", "practice"), now));
            assertThat(h.due(DAY1.plusDays(1)))
                    .containsExactly(
                            new DueQuestion(new SetRef(now.toString(), SET), "q1", new Slot(1, DAY1.plusDays(1))),
                            new DueQuestion(new SetRef(old.toString(), SET), "q1", new Slot(1, DAY1.plusDays(1))));
            assertThat(h.due(DAY1.plusDays(1)))
                    .extracting(d -> d.set().file())
                    .containsExactly(Optional.of(now), Optional.of(old));
        }
    }

    private static Attempt withFile(Attempt a, Path file) {
        return new Attempt(
                new SetRef(file.toString(), a.set().label()),
                a.setTitle(),
                a.questionId(),
                a.contentHash(),
                a.answer(),
                a.parts(),
                a.verdict(),
                a.points(),
                a.maxPoints(),
                a.millis(),
                a.sessionId(),
                a.mode(),
                a.overridden(),
                a.sessionPossible());
    }

    @Test
    void dueQuestions_comeBySet_longestDueFirst_andCountPerSet() {
        try (History h = on(DAY1)) {
            h.record(answer("b.yaml", "one", "z", "WRONG", "practice"));
            h.record(answer("a.yaml", "one", "x", "CORRECT", "practice"));
            h.record(answer("a.yaml", "one", "y", "WRONG", "practice"));
        }
        try (History h = on(DAY1.plusDays(2))) {
            LocalDate today = DAY1.plusDays(2);
            assertThat(h.due(today))
                    .extracting(d -> d.set().key() + " " + d.questionId())
                    .containsExactly("a.yaml y", "a.yaml x", "b.yaml z");
            assertThat(h.dueBySet(today)).containsExactly(Map.entry("a.yaml", 2L), Map.entry("b.yaml", 1L));
            assertThat(h.dueCount(DAY1)).isZero();
            assertThat(h.nextDue(today)).isEmpty();
        }
    }

    @Test
    void reset_deletesTheSetsSchedule_andLeavesOtherSets() {
        try (History h = on(DAY1)) {
            h.record(answer("a.yaml", "one", "q1", "WRONG", "practice"));
            h.record(answer("b.yaml", "two", "q1", "WRONG", "practice"));
            assertThat(h.reset("a.yaml")).isEqualTo(1);
            assertThat(h.slot("a.yaml", "q1")).isEmpty();
            assertThat(h.dueBySet(DAY1.plusDays(1))).isEqualTo(Map.of("b.yaml", 1L));
        }
    }

    /** The schema and rows of a history written by the first Lectern with a history (schema 1). */
    private static final String VERSION_1 = """
            CREATE TABLE attempts (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              set_path TEXT NOT NULL,
              set_title TEXT NOT NULL,
              question_id TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              answer TEXT NOT NULL,
              verdict TEXT NOT NULL,
              points REAL NOT NULL,
              max_points REAL NOT NULL,
              millis INTEGER NOT NULL,
              answered_at TEXT NOT NULL,
              session_id TEXT NOT NULL,
              mode TEXT NOT NULL,
              overridden INTEGER NOT NULL DEFAULT 0
            )""";

    private void versionOneFile(List<String[]> rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement s = c.createStatement()) {
            s.execute(VERSION_1);
            s.execute("CREATE INDEX attempts_by_set ON attempts (set_path, session_id, question_id)");
            s.execute("PRAGMA user_version = 1");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO attempts (set_path, set_title,"
                    + " question_id, content_hash, answer, verdict, points, max_points, millis, answered_at,"
                    + " session_id, mode, overridden) VALUES (?, 't', ?, 'h', 'a', ?, 0, 1, 100, ?, ?, ?, ?)")) {
                for (String[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setString(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    @Test
    void migration_fromAVersionOneHistory_keepsItsRows_andSchedulesWhatItRecorded() throws SQLException {
        versionOneFile(List.of(
                // set, question, verdict, answered_at, session, mode, overridden
                new String[] {SET, "q1", "WRONG", "2026-03-01T09:00:00Z", "one", "practice", "0"},
                new String[] {SET, "q2", "WRONG", "2026-03-01T09:01:00Z", "one", "practice", "0"},
                new String[] {SET, "q2", "CORRECT", "2026-03-01T09:02:00Z", "one", "practice", "1"},
                new String[] {SET, "q3", "CORRECT", "2026-03-01T09:03:00Z", "one", "practice", "0"},
                new String[] {SET, "q3", "CORRECT", "2026-03-03T09:00:00Z", "two", "exam", "0"},
                new String[] {SET, "q4", "WRONG", "2026-03-03T09:01:00Z", "two", "exam", "0"},
                new String[] {SET, "q4", "CORRECT", "2026-03-04T09:01:00Z", "three", "cram", "0"},
                new String[] {"other.yaml", "x", "PARTIAL", "2026-03-03T23:30:00Z", "four", "practice", "0"}));
        try (History h = on(LocalDate.of(2026, 3, 5))) {
            assertThat(h.schemaVersion()).isEqualTo(4);
            assertThat(h.rows(SET)).isEqualTo(7);
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(1, LocalDate.of(2026, 3, 2)));
            assertThat(h.slot(SET, "q2")).hasValue(new Slot(2, LocalDate.of(2026, 3, 3)));
            assertThat(h.slot(SET, "q3")).hasValue(new Slot(3, LocalDate.of(2026, 3, 7)));
            assertThat(h.slot(SET, "q4")).hasValue(new Slot(1, LocalDate.of(2026, 3, 4)));
            assertThat(h.slot("other.yaml", "x")).hasValue(new Slot(1, LocalDate.of(2026, 3, 4)));
            assertThat(h.dueCount(LocalDate.of(2026, 3, 5))).isEqualTo(4);
            h.record(answer(SET, "five", "q1", "CORRECT", "review"));
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(2, LocalDate.of(2026, 3, 7)));
        }
    }

    @Test
    void migration_replaysOnTheLearnersDays_inTheClocksZone() throws SQLException {
        versionOneFile(
                List.<String[]>of(new String[] {SET, "q1", "WRONG", "2026-03-02T03:30:00Z", "one", "practice", "0"}));
        Clock newYork = Clock.fixed(
                LocalDate.of(2026, 3, 5).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneId.of("America/New_York"));
        try (History h = History.open(file(), newYork)) {
            assertThat(h.slot(SET, "q1")).hasValue(new Slot(1, LocalDate.of(2026, 3, 2)));
        }
    }

    /** Every schedule row as text, in key order. */
    private List<String> scheduleRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT set_path, question_id, box, due_day, session_id, box_before,"
                        + " due_before FROM schedule ORDER BY set_path, question_id")) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 7; i++) {
                    row.append(r.getString(i)).append(' ');
                }
                rows.add(row.toString().strip());
            }
        }
        return rows;
    }

    @Test
    void twoWritersAtOnce_onTheSameQuestions_leaveTheScheduleAReplayOfTheAnswersWouldGive() throws Exception {
        History.open(file(), Clock.systemUTC()).close();
        AtOnce.run(2, w -> {
            for (int day = 0; day < 4; day++) {
                try (History h = on(DAY1.plusDays(day))) {
                    for (int i = 0; i < 60; i++) {
                        String verdict = (i * 7 + w + day) % 3 == 0 ? "WRONG" : "CORRECT";
                        h.record(answer(
                                SET, "writer" + w + "-day" + day + "-" + i / 20, "q" + i % 10, verdict, "practice"));
                    }
                }
            }
        });
        List<String> kept = scheduleRows();
        assertThat(kept).hasSize(10);
        // Back to schema 1 and open again: the migration's replay of the recorded answers gives the same schedule.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE schedule");
            s.execute("ALTER TABLE attempts DROP COLUMN set_file");
            s.execute("ALTER TABLE attempts DROP COLUMN session_possible");
            s.execute("ALTER TABLE attempts DROP COLUMN set_name");
            s.execute("ALTER TABLE attempts DROP COLUMN parts");
            s.execute("DROP TABLE sessions");
            s.execute("PRAGMA user_version = 1");
        }
        try (History h = on(DAY1.plusDays(4))) {
            assertThat(h.rows(SET)).isEqualTo(2 * 4 * 60);
        }
        assertThat(scheduleRows()).isEqualTo(kept);
    }

    @Test
    void dueCount_overAHundredThousandAnswers_isImmediate() throws SQLException {
        List<String[]> none = List.of();
        versionOneFile(none);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
                PreparedStatement s = c.prepareStatement("INSERT INTO attempts (set_path, set_title, question_id,"
                        + " content_hash, answer, verdict, points, max_points, millis, answered_at, session_id, mode,"
                        + " overridden) VALUES (?, 't', ?, 'h', 'a', ?, 1, 1, 100, ?, ?, 'practice', 0)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < 100_000; i++) {
                s.setString(1, "set" + i % 20);
                s.setString(2, "q" + i % 13);
                s.setString(3, i % 3 == 0 ? "WRONG" : "CORRECT");
                s.setString(
                        4,
                        DAY1.plusDays(i / 2000)
                                .atTime(9, 0)
                                .toInstant(ZoneOffset.UTC)
                                .toString());
                s.setString(5, "s" + i / 13);
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
        try (History h = on(DAY1.plusDays(100))) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                assertThat(h.dueCount(DAY1.plusDays(100))).isEqualTo(20 * 13);
                assertThat(h.dueBySet(DAY1.plusDays(100))).hasSize(20);
                best = Math.min(best, System.nanoTime() - start);
            }
            // Counting over the answers themselves took about 700 ms here; the schedule table, well under one.
            assertThat(best / 1_000_000).isLessThan(50);
        }
    }
}
