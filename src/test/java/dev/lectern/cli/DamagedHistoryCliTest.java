package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Question;
import dev.lectern.schedule.AnswerMode;
import dev.lectern.store.DamagedFile;
import dev.lectern.store.History;
import dev.lectern.store.SetRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command on a real history with one data page overwritten, on a folder where the history file should be, and
 * with a SQLite driver that cannot load: a message saying what happened and where, never a stack trace, and
 * recording goes on in a new history.
 */
class DamagedHistoryCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path data;
    private Path file;
    private Path aside;

    @BeforeEach
    void aHistoryOfFifteenRuns() throws IOException {
        HistoryProject.copyInto(dir);
        data = dir.resolve("data");
        file = data.resolve("progress.db");
        aside = data.resolve("progress.db.broken-20260301-101530");
        for (int i = 0; i < 15; i++) {
            assertThat(record(Clock.offset(CLOCK, java.time.Duration.ofDays(-1)))
                            .code())
                    .as("a run of --record")
                    .isLessThan(2);
        }
    }

    /** {@code lectern --batch … --record} into the test's history, at {@code clock}. */
    private CliRun record(Clock clock) {
        return HistoryProject.record(dir, data, clock);
    }

    private CliRun stats() {
        return CliRun.withInput(dir, Map.of(), CLOCK, "", "stats", "--data-dir", data.toString());
    }

    @Test
    void record_onAHistoryWithADataPageOverwritten_movesItAside_andRecordsIntoANewOne() throws Exception {
        DamagedFile.overwrite(file, DamagedFile.middleAttemptsPage(file));
        CliRun run = record(CLOCK);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .startsWith("lectern: the history " + file + " was damaged (")
                .endsWith("); it was moved to " + aside + " and a new history was started");
        assertThat(run.err()).endsWith("lectern: recorded 2 sheets (26 answers) in " + file + "\n");
        assertThat(run.code()).isEqualTo(1);
        try (History h = History.openToRead(file, CLOCK)) {
            assertThat(h.sets(java.util.Optional.empty()))
                    .singleElement()
                    .satisfies(s -> assertThat(s.answers()).isEqualTo(26));
        }
    }

    @Test
    void stats_onAHistoryWithADataPageOverwritten_saysSoOnce_andThenReadsTheNewHistory() throws Exception {
        DamagedFile.overwrite(file, DamagedFile.middleAttemptsPage(file));
        CliRun first = stats();
        assertThat(first.err())
                .startsWith("lectern stats: the history " + file + " was damaged (")
                .endsWith("it was moved to " + aside + " and a new history was started\n")
                .doesNotContain("Exception", "\tat ");
        assertThat(first.out()).isEqualTo("no history yet\n");
        assertThat(first.code()).isZero();
        CliRun second = stats();
        assertThat(second.err()).isEmpty();
        assertThat(second.code()).isZero();
    }

    @Test
    void theStartScreensRead_ofADamagedHistory_putsTheNoticeOnScreenAtOnce_andTheNextAnswerIsRecorded()
            throws Exception {
        DamagedFile.overwrite(file, DamagedFile.middleAttemptsPage(file));
        try (HistoryLog log = new HistoryLog(file, CLOCK, name -> SetRef.of(dir, name))) {
            assertThat(log.onScreen()).isEmpty();
            log.read(List.of("set.yaml"), AnswerMode.PRACTICE);
            assertThat(log.onScreen())
                    .hasValueSatisfying(n -> assertThat(n)
                            .startsWith("the history " + file + " was damaged (")
                            .endsWith("it was moved to " + aside + " and a new history was started"));
            Question q = new dev.lectern.load.QuestionSetLoader(dev.lectern.load.ArticleLibrary.forProject(dir))
                    .load(dir.resolve("set.yaml"), "set.yaml")
                    .set()
                    .orElseThrow()
                    .questions()
                    .get(0);
            log.answered(HistoryLogTest.answered(q, true));
        }
        assertThat(aside).exists();
        try (History h = History.openToRead(file, CLOCK)) {
            assertThat(h.sets(java.util.Optional.empty()))
                    .singleElement()
                    .satisfies(s -> assertThat(s.answers()).isEqualTo(1));
        }
    }

    @Test
    void aFolderWhereTheHistoryShouldBe_saysWhatIsWrongAndHowToFixIt() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("progress.db"));
        CliRun run = CliRun.withInput(dir, Map.of(), CLOCK, "", "stats", "--data-dir", other.toString());
        assertThat(run.err())
                .isEqualTo("lectern stats: the history " + other.resolve("progress.db") + " is a folder,"
                        + " not a file: move the folder out of the way (Lectern keeps its history in a file of that name), or"
                        + " choose another place with --data-dir or LECTERN_HOME\n");
        assertThat(run.code()).isEqualTo(2);
        CliRun batch = HistoryProject.record(dir, other, CLOCK);
        assertThat(batch.err())
                .contains("is a folder, not a file: move the folder out of the way")
                .doesNotContain("SQLITE_CANTOPEN");
        assertThat(batch.code()).isEqualTo(2);
    }

    @Test
    void aSqliteDriverThatCannotLoad_isOneMessage_neverAStackTrace() throws Exception {
        Path bogus = Files.writeString(dir.resolve("libbogus.so"), "not a library", StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Dorg.sqlite.lib.path=" + dir,
                "-Dorg.sqlite.lib.name=" + bogus.getFileName(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.lectern.cli.Main"));
        for (List<String> args : List.of(
                List.of("stats", "--data-dir", data.toString()),
                List.of(
                        "--batch",
                        "set.yaml",
                        "--answers",
                        "class.jsonl",
                        "--record",
                        "--data-dir",
                        data.toString()))) {
            List<String> all = new ArrayList<>(command);
            all.addAll(args);
            CliRun run = HistoryProject.process(all, dir);
            String err = run.err();
            assertThat(err)
                    .as(String.join(" ", args))
                    .contains(
                            "cannot open the history " + file + ": the SQLite driver cannot load its native library (")
                    .doesNotContain("\tat ");
            assertThat(run.code()).isEqualTo(2);
        }
    }
}
