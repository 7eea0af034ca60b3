package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history against a real SQLite file in a temporary folder. */
class HistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Attempt attempt(String set, String session, String question, boolean right) {
        return Attempts.of(
                set,
                "Title of " + set,
                question,
                "h-" + question,
                "an answer",
                right ? "CORRECT" : "WRONG",
                right ? 1 : 0,
                1,
                1200,
                session,
                "practice",
                false);
    }

    @Test
    void locate_prefersDataDir_thenLecternHome_thenXdg_thenHome() {
        Path home = Path.of("/home/ada");
        assertThat(HistoryFile.locate(Optional.of(Path.of("/d")), Map.of("LECTERN_HOME", "/l"), home))
                .isEqualTo(Path.of("/d/progress.db"));
        assertThat(HistoryFile.locate(Optional.empty(), Map.of("LECTERN_HOME", "/l", "XDG_DATA_HOME", "/x"), home))
                .isEqualTo(Path.of("/l/progress.db"));
        assertThat(HistoryFile.locate(Optional.empty(), Map.of("XDG_DATA_HOME", "/x"), home))
                .isEqualTo(Path.of("/x/lectern/progress.db"));
        assertThat(HistoryFile.locate(Optional.empty(), Map.of(), home))
                .isEqualTo(Path.of("/home/ada/.local/share/lectern/progress.db"));
        assertThat(HistoryFile.locate(Optional.empty(), Map.of("HOME", "/home/bo"), home))
                .isEqualTo(Path.of("/home/bo/.local/share/lectern/progress.db"));
    }

    @Test
    void open_createsFolderAndSchema_andReopensWithoutMigratingAgain() {
        Path file = dir.resolve("a/b/progress.db");
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.schemaVersion()).isEqualTo(4);
            h.record(attempt("s.yaml", "one", "q1", true));
        }
        assertThat(file).exists();
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.schemaVersion()).isEqualTo(4);
            assertThat(h.rows("s.yaml")).isEqualTo(1);
            assertThat(h.notice()).isEmpty();
        }
    }

    @Test
    void open_anEmptyFile_migratesIt() throws IOException {
        Path file = Files.createFile(dir.resolve("progress.db"));
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.schemaVersion()).isEqualTo(4);
            assertThat(h.notice()).isEmpty();
        }
    }

    @Test
    void recordedAnswers_giveSetAndQuestionStats_andTheLastSessionsMisses() {
        try (History h = History.open(dir.resolve("progress.db"), CLOCK)) {
            h.record(attempt("s.yaml", "one", "q1", true));
            h.record(attempt("s.yaml", "one", "q2", false));
            h.record(attempt("s.yaml", "one", "q3", false));
            h.record(attempt("s.yaml", "one", "q4", false));
            // "I was right" on q3: the final grade of q3 in session one is right.
            h.record(Attempts.of(
                    "s.yaml",
                    "Title of s.yaml",
                    "q3",
                    "h-q3",
                    "an answer",
                    "CORRECT",
                    1,
                    1,
                    0,
                    "one",
                    "practice",
                    true));
            h.record(attempt("s.yaml", "two", "q1", true));
            h.record(attempt("s.yaml", "two", "q2", true));
            h.record(attempt("s.yaml", "two", "q3", true));
            h.record(attempt("s.yaml", "two", "q4", false));
            h.record(attempt("other.yaml", "three", "x", true));

            SetStats s = h.sets(Optional.of("s.yaml")).get(0);
            assertThat(s.attempts()).isEqualTo(2);
            assertThat(s.scores()).containsExactly(50.0, 75.0);
            assertThat(s.best()).isEqualTo(75.0);
            assertThat(s.last()).isEqualTo(75.0);
            assertThat(s.average()).isEqualTo(62.5);
            assertThat(s.title()).isEqualTo("Title of s.yaml");
            assertThat(s.lastAnswered()).isEqualTo(CLOCK.instant());
            assertThat(h.sets(Optional.empty()))
                    .extracting(SetStats::setPath)
                    .containsExactlyInAnyOrder("s.yaml", "other.yaml");

            List<QuestionStats> qs = h.questions("s.yaml");
            assertThat(qs).extracting(QuestionStats::questionId).containsExactly("q4", "q2", "q1", "q3");
            assertThat(qs.get(0).shareRight()).isZero();
            assertThat(qs.get(1).shareRight()).isEqualTo(0.5);
            assertThat(qs.get(0).lastHash()).isEqualTo("h-q4");
            assertThat(h.lastMissed("s.yaml")).containsExactly("q4");
            assertThat(h.lastMissed("none.yaml")).isEmpty();
            assertThat(h.rows("s.yaml")).isEqualTo(9);
        }
    }

    @Test
    void aSessionsScore_countsItsUnansweredQuestions_whenThePointsPossibleWereRecorded() {
        try (History h = History.open(dir.resolve("progress.db"), CLOCK)) {
            Attempt right = attempt("s.yaml", "s1", "q1", true);
            // One of four questions answered, and right: the summary screen said 25%, so must the history.
            h.record(new Attempt(
                    right.set(),
                    right.setTitle(),
                    right.questionId(),
                    right.contentHash(),
                    right.answer(),
                    right.parts(),
                    right.verdict(),
                    right.points(),
                    right.maxPoints(),
                    right.millis(),
                    right.sessionId(),
                    right.mode(),
                    false,
                    java.util.OptionalDouble.of(4)));
            // Recorded before the points possible were: the answered questions only.
            h.record(attempt("s.yaml", "s0", "q1", true));

            assertThat(h.sets(Optional.of("s.yaml")).get(0).scores()).containsExactly(25.0, 100.0);
        }
    }

    @Test
    void recordAll_writesEveryRow_stampedAlike() {
        try (History h = History.open(dir.resolve("progress.db"), CLOCK)) {
            h.recordAll(List.of(attempt("s.yaml", "one", "q1", true), attempt("s.yaml", "one", "q2", false)));
            assertThat(h.rows("s.yaml")).isEqualTo(2);
            assertThat(h.sets(Optional.of("s.yaml")).get(0).scores()).containsExactly(50.0);
            assertThat(h.sets(Optional.of("s.yaml")).get(0).lastAnswered()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void recordAll_whenOneRowCannotBeWritten_writesNone_andLaterWritesStillCommit() throws Exception {
        Path file = dir.resolve("progress.db");
        History.open(file, CLOCK).close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER full BEFORE INSERT ON attempts WHEN NEW.question_id = 'q3'"
                    + " BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
        }
        try (History h = History.open(file, CLOCK)) {
            List<Attempt> sheet = List.of(
                    attempt("s.yaml", "one", "q1", true),
                    attempt("s.yaml", "one", "q2", true),
                    attempt("s.yaml", "one", "q3", true));
            assertThatThrownBy(() -> h.recordAll(sheet))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot write the history " + file + ": ")
                    .hasMessageContaining("disk is full");
            assertThat(h.rows("s.yaml")).isZero();
            h.record(attempt("s.yaml", "two", "q1", true));
            h.recordAll(List.of(attempt("s.yaml", "three", "q2", true)));
        }
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.rows("s.yaml"))
                    .as("written by a process that has closed it")
                    .isEqualTo(2);
        }
    }

    @Test
    void commitsThatDoNotWaitForTheDisk_areSqlitesNormalSynchronous_andStillRecordEveryRow() {
        // What this buys (10,000 sheets with --batch --record: 6 s instead of 23 s) is measured by bench/, not here:
        // a timed assertion failed whenever the machine was busy.
        try (History h = History.open(dir.resolve("progress.db"), CLOCK)) {
            assertThat(h.synchronousLevel())
                    .as("the text UI's commits wait for the disk")
                    .isEqualTo(2);
            h.commitWithoutWaitingForTheDisk();
            assertThat(h.synchronousLevel()).isEqualTo(1);
            for (int i = 0; i < 200; i++) {
                h.recordAll(List.of(attempt("s.yaml", "s" + i, "q1", true), attempt("s.yaml", "s" + i, "q2", false)));
            }
            assertThat(h.rows("s.yaml")).isEqualTo(400);
        }
    }

    @Test
    void twoWritersAtOnce_loseNoRows() throws Exception {
        Path file = dir.resolve("progress.db");
        History.open(file, CLOCK).close();
        int each = 300;
        List<String> names = List.of("left", "right");
        AtOnce.run(2, w -> {
            try (History h = History.open(file, CLOCK)) {
                for (int i = 0; i < each; i++) {
                    h.record(attempt("s.yaml", names.get(w), "q" + i, i % 2 == 0));
                }
            }
        });
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.rows("s.yaml")).isEqualTo(2L * each);
            assertThat(h.sets(Optional.of("s.yaml")).get(0).attempts()).isEqualTo(2);
        }
    }

    @Test
    void aDamagedFile_isMovedAside_withAMessageSayingWhere_andANewHistoryStarts() throws IOException {
        Path file = dir.resolve("progress.db");
        Files.writeString(
                file,
                "this is not a database, just some text that is long enough to look like a header".repeat(20),
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        try (History h = History.open(file, CLOCK)) {
            Path aside = dir.resolve("progress.db.broken-20260301-101530");
            assertThat(aside).exists();
            assertThat(Files.readAllBytes(aside)).isEqualTo(before);
            assertThat(h.notice())
                    .hasValueSatisfying(n -> assertThat(n)
                            .contains("damaged")
                            .contains(aside.toString())
                            .contains("new history"));
            h.record(attempt("s.yaml", "one", "q1", true));
            assertThat(h.rows("s.yaml")).isEqualTo(1);
        }
    }

    @Test
    void aTruncatedDatabase_isMovedAside() throws IOException {
        Path file = dir.resolve("progress.db");
        try (History h = History.open(file, CLOCK)) {
            for (int i = 0; i < 200; i++) {
                h.record(attempt("s.yaml", "one", "q" + i, true));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        // Keep the header, scribble over the pages after it.
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.notice()).isPresent();
            assertThat(h.rows("s.yaml")).isZero();
        }
    }

    @Test
    void aReadOnlyFolder_isAClearError() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes to read-only folders");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> History.open(ro.resolve("progress.db"), CLOCK))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only")
                    .hasMessageContaining(ro.toString());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderThatCannotBeMade_isAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> History.open(file.resolve("sub/progress.db"), CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the history folder");
    }

    @Test
    void statsOverALongHistory_stayFast() throws Exception {
        Path file = dir.resolve("progress.db");
        History.open(file, CLOCK).close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO attempts (set_path, set_title,"
                        + " question_id, content_hash, answer, verdict, points, max_points, millis, answered_at,"
                        + " session_id, mode, overridden) VALUES (?, 't', ?, 'h', 'a', ?, 1, 1, 100,"
                        + " '2026-01-01T00:00:00Z', ?, 'practice', 0)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < 30_000; i++) {
                s.setString(1, "set" + i % 10);
                s.setString(2, "q" + i % 13);
                s.setString(3, i % 3 == 0 ? "WRONG" : "CORRECT");
                s.setString(4, "s" + i / 13);
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
        try (History h = History.open(file, CLOCK)) {
            long start = System.nanoTime();
            assertThat(h.sets(Optional.empty())).hasSize(10);
            assertThat(h.questions("set3")).hasSize(13);
            // A correlated subquery per row took about 25 s here; the grouped join well under one.
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        }
    }

    @Test
    void anAttempt_withNoPointsPossible_orAMissingText_isRejected() {
        assertThatThrownBy(() -> Attempts.of("s.yaml", "t", "q1", "h", "a", "WRONG", 0, 0, 0, "one", "batch", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attempt at q1: 0.0 of 0.0 points");
        assertThatThrownBy(() -> Attempts.of("s.yaml", "t", "q1", "h", null, "WRONG", 0, 1, 0, "one", "batch", false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("an attempt's values are never null");
    }

    @Test
    void contentHash_isSixteenHexDigits_andStable() {
        assertThat(ContentHash.of("abc")).isEqualTo("ba7816bf8f01cfea");
    }
}
