package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.Attempts;
import dev.lectern.store.ContentHash;
import dev.lectern.store.History;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern stats} over a real history file. */
class StatsCommandTest {
    private static final String SET = "questions/01-istanbul-talks.yaml";
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private QuestionSet set;

    @BeforeEach
    void history() {
        set = new QuestionSetLoader(ArticleLibrary.forProject(PROJECT))
                .load(PROJECT.resolve(SET), SET)
                .set()
                .orElseThrow();
        List<Question> qs = set.questions();
        try (History h = History.open(data.resolve("progress.db"), CLOCK)) {
            for (String session : List.of("one", "two")) {
                for (int i = 0; i < 4; i++) {
                    Question q = qs.get(i);
                    boolean right = i < (session.equals("one") ? 1 : 3);
                    String hash = i == 0 ? "0000000000000000" : ContentHash.of(q);
                    h.record(Attempts.of(
                            SET,
                            set.title(),
                            q.id(),
                            hash,
                            "x",
                            right ? "CORRECT" : "WRONG",
                            right ? 1 : 0,
                            1,
                            1000,
                            session,
                            "practice",
                            false));
                }
            }
        }
    }

    private CliRun stats(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "stats";
        all[1] = "--data-dir";
        all[2] = data.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.in(PROJECT, all);
    }

    @Test
    void text_showsAttemptsBestLastAverage_andTheWeakestQuestions_markingChangedOnes() {
        CliRun run = stats();
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        List<Question> qs = set.questions();
        assertThat(run.out())
                .contains("History in " + data.resolve("progress.db"))
                .contains(SET + " · " + set.title())
                .contains("2 attempts · best 75% · last 75% · average 50% · last practised 2026-03-01 10:15 UTC")
                .contains("scores over time: ▃▆  (0 to 100%, oldest first)")
                .contains("weakest questions:")
                .contains(qs.get(3).id() + "  0% of the points · 0 of 2 answers right\n")
                .contains(qs.get(1).id() + "  50% of the points · 1 of 2 answers right\n")
                // Right every time: not among the weakest.
                .doesNotContain(qs.get(0).id());
    }

    @Test
    void ofOneSet_everyQuestionIsListed_neverAnsweredOnesAsSuch_andChangedOnesMarked() {
        CliRun run = stats(SET);
        assertThat(run.code()).isZero();
        List<Question> qs = set.questions();
        assertThat(run.out())
                .contains("questions, weakest first:\n" + "      " + qs.get(3).id()
                        + "  0% of the points · 0 of 2 answers right\n")
                .contains("      " + qs.get(0).id() + "  100% of the points · 2 of 2 answers right  · changed since\n")
                .contains("      " + qs.get(4).id() + "  never answered\n")
                .contains("      " + qs.get(12).id() + "  never answered\n");
        assertThat(run.out().lines().filter(l -> l.startsWith("      "))).hasSize(13);
    }

    @Test
    void chart_isOneBarASession_onAFixedScale() {
        assertThat(StatsReport.chart(List.of(0.0, 50.0, 100.0, 120.0))).isEqualTo("▁▅██");
    }

    @Test
    void json_isAnExport_ofTheSameFigures() throws Exception {
        // Recorded under its name, before a set's identity was its file: named so from the same folder, it is adopted.
        CliRun run = stats("--format", "json", SET);
        assertThat(run.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode s = root.get("sets").get(0);
        assertThat(s.get("set").asText()).isEqualTo(SET);
        assertThat(s.get("attempts").asInt()).isEqualTo(2);
        assertThat(s.get("best").asDouble()).isEqualTo(75.0);
        assertThat(s.get("average").asDouble()).isEqualTo(50.0);
        assertThat(s.get("scores")).hasSize(2);
        assertThat(s.get("file").asText()).isEqualTo(PROJECT.resolve(SET).toString());
        assertThat(s.get("questions")).hasSize(13);
        assertThat(s.get("questions").get(0).get("shareEarned").asDouble()).isZero();
        assertThat(s.get("questions").get(12).get("answered").asInt()).isZero();
    }

    @Test
    void csv_hasOneRowPerQuestion() {
        CliRun run = stats("--format", "csv");
        assertThat(run.code()).isZero();
        List<CsvRecord> records =
                CsvReader.builder().ofCsvRecord(run.out()).stream().toList();
        assertThat(records.get(0).getFields()).startsWith("set", "title", "attempts");
        assertThat(records).as("the three questions below full marks").hasSize(4);
        assertThat(records.get(1).getField(0)).isEqualTo(SET);
        assertThat(records.get(1).getField(4)).isEqualTo("75");
    }

    @Test
    void reset_asksFirst_andDeletesOnlyOnYes() {
        CliRun no = CliRun.withInput(PROJECT, "n\n", "stats", "--data-dir", data.toString(), "--reset", SET);
        assertThat(no.code()).isZero();
        assertThat(no.err()).contains("Delete the 8 recorded answers of " + SET);
        assertThat(no.out()).contains("nothing deleted");
        assertThat(stats().out()).contains("2 attempts");

        CliRun yes = CliRun.withInput(PROJECT, "y\n", "stats", "--data-dir", data.toString(), "--reset", SET);
        assertThat(yes.out()).contains("deleted the 8 recorded answers of " + SET);
        assertThat(stats().out()).startsWith("no history yet");
    }

    @Test
    void reset_withYes_doesNotAsk_andNeedsASet() {
        CliRun bare = stats("--reset");
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("--reset needs the SET");
        CliRun run = CliRun.withInput(PROJECT, "", "stats", "--data-dir", data.toString(), "--reset", "--yes", SET);
        assertThat(run.err()).doesNotContain("Delete");
        assertThat(run.out()).contains("deleted the 8 recorded answers");
    }

    @Test
    void noDatabase_saysNoHistoryYet_andCreatesNothing() {
        Path empty = data.resolve("nothing-here");
        CliRun run = CliRun.in(PROJECT, "stats", "--data-dir", empty.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("no history yet");
        assertThat(empty).doesNotExist();
    }

    @Test
    void lecternHome_isWhereTheHistoryIs_withoutDataDir() {
        CliRun run = CliRun.in(PROJECT, Map.of("LECTERN_HOME", data.toString()), "stats");
        assertThat(run.out()).contains("2 attempts");
    }

    @Test
    void aDamagedHistory_isMovedAside_andSaidWhere() throws Exception {
        Files.writeString(data.resolve("progress.db"), "garbage ".repeat(200));
        CliRun run = stats();
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("was damaged").contains("moved to " + data.resolve("progress.db.broken-"));
        assertThat(run.out()).startsWith("no history yet");
    }

    @Test
    void text_showsARecordedTitlesControlCharactersEscaped() {
        try (History h = History.open(data.resolve("progress.db"), CLOCK)) {
            h.record(Attempts.of(
                    "questions/other.yaml",
                    "Other \u001b]0;PWNED\u0007",
                    "q",
                    "0000000000000000",
                    "x",
                    "CORRECT",
                    1,
                    1,
                    1000,
                    "three",
                    "practice",
                    false));
        }
        CliRun run = stats();
        assertThat(run.out()).contains("Other \\u001B]0;PWNED\\u0007").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void text_showsARecordedTitlesBidiOverrideEscaped() {
        try (History h = History.open(data.resolve("progress.db"), CLOCK)) {
            h.record(Attempts.of(
                    "questions/other.yaml",
                    "Other \u202Eevil",
                    "q",
                    "0000000000000000",
                    "x",
                    "CORRECT",
                    1,
                    1,
                    1000,
                    "three",
                    "practice",
                    false));
        }
        assertThat(stats().out()).contains("Other \\u202Eevil").doesNotContain("\u202e");
    }
}
