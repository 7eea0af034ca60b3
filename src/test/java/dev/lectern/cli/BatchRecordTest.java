package dev.lectern.cli;

import static dev.lectern.cli.BatchCommandTest.ANN;
import static dev.lectern.cli.BatchCommandTest.ANN_ROW;
import static dev.lectern.cli.BatchCommandTest.BOB;
import static dev.lectern.cli.BatchCommandTest.BOB_ROW;
import static dev.lectern.cli.BatchCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.ContentHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern --batch SET --record}: each graded sheet in a real SQLite history file in a temporary folder. */
class BatchRecordTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
    private static final String RUN = "batch 2026-03-01T10:15:30Z ";

    @TempDir
    Path dir;

    private Path data;
    private QuestionSet set;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
        data = dir.resolve("data");
        set = new QuestionSetLoader(ArticleLibrary.forProject(dir))
                .load(dir.resolve("set.yaml"), "set.yaml")
                .set()
                .orElseThrow();
    }

    /** {@code lectern --batch set.yaml ARGS} with {@code stdin} piped in, at the fixed time. */
    private CliRun batch(Map<String, String> env, String stdin, String... args) {
        String[] all =
                Stream.concat(Stream.of("--batch", "set.yaml"), Stream.of(args)).toArray(String[]::new);
        return CliRun.withInput(dir, env, CLOCK, stdin, all);
    }

    private CliRun record(String stdin, String... args) {
        String[] all = Stream.concat(Stream.of("--record", "--data-dir", data.toString()), Stream.of(args))
                .toArray(String[]::new);
        return batch(Map.of(), stdin, all);
    }

    /** Every row of the history file, in the order written, as {@code column=value} texts. */
    private static List<String> rows(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT set_path, set_title, question_id, content_hash, answer, verdict,"
                                + " points, max_points, millis, answered_at, session_id, mode, overridden FROM attempts ORDER BY id")) {
            while (r.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 1; i <= 13; i++) {
                    fields.add(r.getMetaData().getColumnName(i) + "=" + r.getString(i));
                }
                rows.add(String.join(" | ", fields));
            }
        }
        return rows;
    }

    private String row(String session, int question, String answer, String verdict, double points) {
        Question q = set.questions().get(question);
        // Recorded under the set's file, as the text UI records it: one set in the history, from any folder.
        return "set_path=" + dev.lectern.store.SetRef.of(dir, "set.yaml").key() + " | set_title=" + set.title()
                + " | question_id=" + q.id() + " | content_hash="
                + ContentHash.of(q) + " | answer=" + answer + " | verdict=" + verdict + " | points=" + points
                + " | max_points=" + q.points() + " | millis=0 | answered_at=2026-03-01T10:15:30Z | session_id=" + RUN
                + session + " | mode=batch | overridden=0";
    }

    private List<Path> historyFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("progress.db"))
                    .toList();
        }
    }

    @Test
    void everySheet_isASessionOfItsOwn_withARowPerQuestion_asTheEngineGradedIt() throws Exception {
        CliRun run = record(ANN + BOB, "--format", "csv");
        assertThat(run.out()).isEqualTo(HEADER + "\n" + ANN_ROW + "\n" + BOB_ROW + "\n");
        assertThat(run.err())
                .isEqualTo("lectern: recorded 2 sheets (26 answers) in " + data.resolve("progress.db") + "\n");
        assertThat(run.code()).isEqualTo(1);
        List<String> rows = rows(data.resolve("progress.db"));
        assertThat(rows).hasSize(26);
        assertThat(rows.get(0)).isEqualTo(row("<stdin>:1:1 ann", 0, "Vladimir Medinsky", "CORRECT", 1.0));
        assertThat(rows.get(12)).isEqualTo(row("<stdin>:1:1 ann", 12, "28.1", "CORRECT", 1.0));
        assertThat(rows.get(13)).isEqualTo(row("<stdin>:2:1 bob", 0, "Vladimir Medinsky", "CORRECT", 1.0));
        assertThat(rows.get(14))
                .as("a question bob left blank")
                .isEqualTo(row("<stdin>:2:1 bob", 1, "", "UNANSWERED", 0.0));
        assertThat(rows.get(24))
                .as("a wrong answer")
                .isEqualTo(row("<stdin>:2:1 bob", 11, "win back lost territory", "WRONG", 0.0));
    }

    @Test
    void statsAfterwards_showTheSheetsAsAttempts_scoredAsInTheReport() {
        record(ANN + BOB, "--format", "csv");
        CliRun stats = CliRun.withInput(dir, Map.of(), CLOCK, "", "stats", "--data-dir", data.toString());
        assertThat(stats.err()).isEmpty();
        assertThat(stats.out())
                .startsWith("History in " + data.resolve("progress.db") + "\n\n"
                        + "  set.yaml · " + set.title() + "\n"
                        + "    2 attempts · best 100% · last 11.1% · average 55.6% · last practised 2026-03-01 10:15 UTC\n"
                        + "    scores over time: █▂  (0 to 100%, oldest first)\n"
                        + "    weakest questions:\n");
        assertThat(stats.code()).isZero();
    }

    @Test
    void withoutRecord_nothingIsCreated_whereverTheHistoryWouldBe() throws IOException {
        Map<String, String> env = Map.of(
                "LECTERN_HOME",
                dir.resolve("home").toString(),
                "XDG_DATA_HOME",
                dir.resolve("xdg").toString(),
                "HOME",
                dir.resolve("user").toString());
        CliRun run = batch(env, ANN, "--format", "csv");
        assertThat(run.out()).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
        assertThat(run.err()).isEmpty();
        assertThat(historyFiles()).isEmpty();
        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void withoutDataDir_theHistoryIsFoundAsForTheQuiz_lecternHomeFirst_thenXdgDataHome() throws Exception {
        Path home = dir.resolve("home");
        Path xdg = dir.resolve("xdg");
        assertThat(batch(Map.of("LECTERN_HOME", home.toString(), "XDG_DATA_HOME", xdg.toString()), ANN, "--record")
                        .code())
                .isZero();
        assertThat(rows(home.resolve("progress.db"))).hasSize(13);
        assertThat(batch(Map.of("XDG_DATA_HOME", xdg.toString()), ANN, "--record")
                        .code())
                .isZero();
        assertThat(rows(xdg.resolve("lectern/progress.db"))).hasSize(13);
    }

    @Test
    void recordWithoutBatch_andDataDirWithoutRecord_areUsageErrors() throws IOException {
        CliRun record = CliRun.withInput(dir, "", "set.yaml", "--record");
        assertThat(record.err())
                .isEqualTo("lectern: --record goes with --batch SET; the quiz records every answer"
                        + " without it\nSee 'lectern --help' for every option.\n");
        assertThat(record.code()).isEqualTo(2);
        CliRun dataDir = batch(Map.of(), ANN, "--data-dir", data.toString());
        assertThat(dataDir.err())
                .isEqualTo("lectern: --data-dir says where --batch --record writes the history;"
                        + " without --record, --batch records nothing\nSee 'lectern --help' for every option.\n");
        assertThat(dataDir.out()).isEmpty();
        assertThat(dataDir.code()).isEqualTo(2);
        assertThat(historyFiles()).isEmpty();
    }

    @Test
    void aHistoryThatCannotBeOpened_stopsTheRunBeforeGrading_andWritesNoReport() throws IOException {
        Files.writeString(dir.resolve("data"), "a file where the folder should be");
        CliRun run = record(ANN, "--format", "csv", "--out", "grades.csv");
        assertThat(run.err())
                .isEqualTo("lectern: cannot create the history folder " + data + ": " + data
                        + " is a file, not a folder; nothing was graded (--record)\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isEqualTo(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("seeds", "set.yaml", "data");
        }
    }

    @Test
    void aDamagedHistory_isMovedAside_andTheSheetsGoIntoANewOne() throws Exception {
        Files.createDirectories(data);
        Files.writeString(
                data.resolve("progress.db"),
                "not a database, only text long enough to look like a header".repeat(20),
                StandardCharsets.UTF_8);
        CliRun run = record(ANN, "--format", "csv");
        Path aside = data.resolve("progress.db.broken-20260301-101530");
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .startsWith("lectern: the history " + data.resolve("progress.db") + " was damaged (")
                .endsWith("); it was moved to " + aside + " and a new history was started");
        assertThat(run.err())
                .endsWith("\nlectern: recorded 1 sheet (13 answers) in " + data.resolve("progress.db") + "\n");
        assertThat(run.code()).isZero();
        assertThat(aside).exists();
        assertThat(rows(data.resolve("progress.db"))).hasSize(13);
    }

    @Test
    void malformedSheets_areNotRecorded_theOthersAre() throws Exception {
        CliRun run = record(ANN + "{\"student\": \"cy\", \"answers\": \n" + BOB, "--format", "csv");
        assertThat(run.out()).isEqualTo(HEADER + "\n" + ANN_ROW + "\n" + BOB_ROW + "\n");
        assertThat(run.err())
                .endsWith("lectern: recorded 2 sheets (26 answers) in " + data.resolve("progress.db") + "\n");
        assertThat(run.code()).isEqualTo(2);
        assertThat(rows(data.resolve("progress.db")))
                .extracting(r -> r.replaceAll(".*session_id=(.*?) \\|.*", "$1"))
                .containsOnly(RUN + "<stdin>:1:1 ann", RUN + "<stdin>:3:1 bob");
    }

    @Test
    void aSheetThatCannotBeWritten_isNotRecordedAtAll_norAreTheSheetsAfterIt_butAllAreGraded() throws Exception {
        Path file = data.resolve("progress.db");
        record(ANN);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM attempts");
            s.execute("CREATE TRIGGER full BEFORE INSERT ON attempts WHEN NEW.session_id LIKE '% bob'"
                    + " AND NEW.question_id = 'ceasefire-length' BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
        }
        CliRun run = record(ANN + BOB + ANN.replace("\"ann\"", "\"cy\""), "--format", "csv");
        assertThat(run.out())
                .isEqualTo(HEADER + "\n" + ANN_ROW + "\n" + BOB_ROW + "\n" + ANN_ROW.replace("ann,", "cy,") + "\n");
        List<String> err = run.err().lines().toList();
        assertThat(err).hasSize(2);
        assertThat(err.get(0))
                .startsWith("<stdin>:2:1: error: the sheet of 'bob' and those after it were not"
                        + " recorded: cannot write the history " + file + ": ")
                .contains("disk is full");
        assertThat(err.get(1)).isEqualTo("lectern: recorded 1 sheet (13 answers) in " + file);
        assertThat(run.code()).isEqualTo(2);
        assertThat(rows(file)).hasSize(13).allMatch(r -> r.contains("session_id=" + RUN + "<stdin>:1:1 ann |"));
    }

    @Test
    void aBrokenSet_missingAnswers_orAReportThatCannotBeWritten_createNoHistory() throws IOException {
        assertThat(record("", "--answers", "nope.jsonl").err())
                .isEqualTo("lectern: cannot read the answers: no such" + " file: nope.jsonl\n");
        assertThat(record(ANN, "--out", "no/such/grades.csv").err())
                .isEqualTo("lectern: cannot write" + " no/such/grades.csv: no such folder: no/such\n");
        Files.writeString(dir.resolve("set.yaml"), "title: broken\n");
        assertThat(record(ANN).code()).isEqualTo(1);
        assertThat(historyFiles()).isEmpty();
    }
}
