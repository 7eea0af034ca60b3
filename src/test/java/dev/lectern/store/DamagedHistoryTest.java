package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real history with one data page overwritten (as a failing disk does it), found on opening or by any read or
 * write after; a read-only history; a full disk; a folder where the file should be.
 */
class DamagedHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file;
    private Path aside;

    private static Attempt attempt(String set, String session, String question) {
        return Attempts.of(
                set,
                "Title of " + set,
                question,
                "h-" + question,
                "an answer of some length " + question,
                "CORRECT",
                1,
                1,
                1200,
                session,
                "practice",
                false);
    }

    @BeforeEach
    void aHistoryOfManyPages() {
        file = dir.resolve("progress.db");
        aside = dir.resolve("progress.db.broken-20260301-101530");
        try (History h = History.open(file, CLOCK)) {
            List<Attempt> rows = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                rows.add(attempt("s" + i % 3 + ".yaml", "session " + i / 30, "q" + i));
            }
            h.recordAll(rows);
        }
    }

    @Test
    void aDataPageOverwritten_isFoundOnOpening_theFileMovedAside_andTheNextAnswerRecordedInANewHistory()
            throws IOException, SQLException {
        DamagedFile.overwrite(file, DamagedFile.middleAttemptsPage(file));
        byte[] damaged = Files.readAllBytes(file);
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.notice())
                    .hasValue("the history " + file + " was damaged (the database disk image is" + " malformed: "
                            + h.notice().get().replaceFirst(".*malformed: ", ""));
            assertThat(h.notice().get()).endsWith("); it was moved to " + aside + " and a new history was started");
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
            h.record(attempt("s0.yaml", "new", "q1"));
            assertThat(h.rows("s0.yaml")).isEqualTo(1);
        }
    }

    @Test
    void damageFoundByALaterRead_movesTheFileAside_andTheReadAnswersFromTheNewHistory()
            throws IOException, SQLException {
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.notice()).isEmpty();
            DamagedFile.overwrite(file, DamagedFile.middleAttemptsPage(file));
            DamagedFile.touch(file);
            assertThat(h.sets(Optional.empty())).isEmpty();
            assertThat(h.notice())
                    .hasValueSatisfying(n -> assertThat(n)
                            .startsWith("the history " + file + " was damaged (")
                            .endsWith("it was moved to " + aside + " and a new history was started"));
            assertThat(aside).exists();
            h.record(attempt("s0.yaml", "new", "q1"));
        }
        try (History again = History.open(file, CLOCK)) {
            assertThat(again.notice()).isEmpty();
            assertThat(again.rows("s0.yaml")).isEqualTo(1);
        }
    }

    @Test
    void damageFoundByALaterWrite_recordsTheAnswerInTheNewHistory() throws IOException, SQLException {
        try (History h = History.open(file, CLOCK)) {
            DamagedFile.overwrite(file, DamagedFile.lastAttemptsPage(file));
            DamagedFile.touch(file);
            h.record(attempt("s1.yaml", "new", "q7"));
            assertThat(h.notice()).isPresent();
            assertThat(aside).exists();
            assertThat(h.rows("s1.yaml")).isEqualTo(1);
            assertThat(h.sets(Optional.empty()))
                    .singleElement()
                    .satisfies(s -> assertThat(s.answers()).isEqualTo(1));
        }
    }

    @Test
    void damageBetweenTwoWrites_theSecondLandsInTheNewHistory_andTheNoticeSaysWhereTheOldOneWent()
            throws IOException, SQLException {
        try (History h = History.open(file, CLOCK)) {
            h.record(attempt("s1.yaml", "today", "first"));
            DamagedFile.checkpoint(file);
            DamagedFile.overwrite(file, DamagedFile.lastAttemptsPage(file));
            DamagedFile.touch(file);
            h.record(attempt("s1.yaml", "today", "second"));
            assertThat(h.notice().orElseThrow())
                    .startsWith("the history " + file
                            + " was damaged ([SQLITE_CORRUPT] The database disk image is malformed")
                    .endsWith("); it was moved to " + aside + " and a new history was started");
        }
        assertThat(aside).exists();
        assertThat(dir.resolve("progress.db.broken-20260301-101530-2")).doesNotExist();
        try (History again = History.open(file, CLOCK)) {
            assertThat(again.notice()).isEmpty();
            assertThat(again.rows("s1.yaml")).isEqualTo(1);
            assertThat(again.questions("s1.yaml"))
                    .extracting(QuestionStats::questionId)
                    .containsExactly("second");
        }
    }

    @Test
    void twoHistoriesOnTheDamagedFile_theSecondToMeetItWritesToTheNewHistory_insteadOfMovingThatAsideToo()
            throws IOException, SQLException {
        try (History first = History.open(file, CLOCK);
                History second = History.open(file, CLOCK)) {
            DamagedFile.overwrite(file, DamagedFile.lastAttemptsPage(file));
            DamagedFile.touch(file);
            first.record(attempt("s1.yaml", "one", "first"));
            assertThat(first.notice().orElseThrow())
                    .endsWith("; it was moved to " + aside + " and a new history was started");
            second.record(attempt("s1.yaml", "two", "second"));
            assertThat(second.notice().orElseThrow())
                    .startsWith("the history " + file + " was damaged (")
                    .endsWith("; another program had already moved it aside and started a new history, which is"
                            + " used from now on");
            first.record(attempt("s1.yaml", "one", "third"));
        }
        assertThat(dir.resolve("progress.db.broken-20260301-101530-2")).doesNotExist();
        try (History again = History.open(file, CLOCK)) {
            assertThat(again.rows("s1.yaml")).isEqualTo(3);
        }
    }

    @Test
    void aReadOnlyHistory_isRead_andAWriteIsAClearError() {
        try (History h = History.open(file, CLOCK, SqliteFile.Access.READ)) {
            assertThat(h.sets(Optional.empty())).hasSize(3);
            assertThat(h.find(new SetRef("s0.yaml", "s0.yaml"))).isEqualTo("s0.yaml");
            assertThatThrownBy(() -> h.record(attempt("s0.yaml", "new", "q1")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot write the history " + file + ": it is read-only (");
        }
        try (History h = History.open(file, CLOCK)) {
            assertThat(h.rows("s0.yaml")).isEqualTo(200);
        }
    }

    @Test
    void aDamagedReadOnlyHistory_isAClearError_andStaysWhereItIs() throws IOException, SQLException {
        DamagedFile.overwrite(file, DamagedFile.middleAttemptsPage(file));
        try (History h = History.open(file, CLOCK, SqliteFile.Access.READ)) {
            assertThatThrownBy(() -> h.sets(Optional.empty()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot read the history " + file + ": ")
                    .hasMessageContaining("malformed");
        }
        assertThat(aside).doesNotExist();
        assertThat(file).exists();
    }

    @Test
    void aFullDisk_saysTheDiskIsFull_andNothingOfTheWriteIsKept() throws SQLException {
        try (History h = History.open(file, CLOCK)) {
            long pages = DamagedFile.pages(file);
            h.limitSize(pages);
            List<Attempt> sheet = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                sheet.add(attempt("s9.yaml", "sheet", "q" + i));
            }
            assertThatThrownBy(() -> h.recordAll(sheet))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("cannot write the history " + file + ": the disk is full ([SQLITE_FULL] Insertion"
                            + " failed because database is full (database or disk is full)); nothing of this write"
                            + " was kept, what was recorded before it is safe")
                    .hasMessageNotContaining("rollback");
            assertThat(h.rows("s9.yaml")).isZero();
            assertThat(h.rows("s0.yaml")).isEqualTo(200);
        }
    }

    @Test
    void aFolderWhereTheFileShouldBe_saysSo_andHowToFixIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("other/progress.db"));
        String message = "the history " + folder + " is a folder, not a file: move the folder out of the way"
                + " (Lectern keeps its history in a file of that name), or choose another place with --data-dir or"
                + " LECTERN_HOME";
        assertThatThrownBy(() -> History.open(folder, CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> History.openToRead(folder, CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessage(message);
    }
}
