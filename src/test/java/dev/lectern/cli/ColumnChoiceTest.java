package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which column answers which question: refusals, --show-columns, --columns, --student-column, fuzzy guesses. */
class ColumnChoiceTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
    }

    private CliRun batch(String csv, String... more) throws IOException {
        Files.writeString(dir.resolve("export.csv"), csv);
        String[] args = new String[4 + more.length];
        args[0] = "--batch";
        args[1] = "set.yaml";
        args[2] = "--answers";
        args[3] = "export.csv";
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.withInput(dir, "", args);
    }

    @Test
    void columnsThatMatchNothing_areRefused_exitTwo_noReport_didYouMean() throws IOException {
        Files.writeString(dir.resolve("grades.csv"), "old\n");
        CliRun run = batch("""
                Timestamp,Email Address,Score,Who will lead the delegation,Q2,zelenskiy-ankra
                2026/03/01 10:10:00,ann@example.org,3 / 18,Vladimir Medinsky,x,Ankara
                """, "--format", "csv", "--out", "grades.csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                lectern: export.csv: no column answers any question of the set; these columns match no question:
                    'Who will lead the delegation' (field 4): did you mean 'delegation-lead'?
                    'Q2' (field 5): no question is close
                    'zelenskiy-ankra' (field 6): did you mean 'zelenskiy-ankara'?
                nothing was graded: see how each column was read with --show-columns, and say which column answers\
                 which question with --columns MAP.yaml (docs/batch.md)
                """);
        assertThat(Files.readString(dir.resolve("grades.csv"))).isEqualTo("old\n");
    }

    @Test
    void fewerThanHalfTheQuestions_withAnUnmatchedColumn_isRefused_butAFewIdColumnsAreGraded() throws IOException {
        CliRun refused = batch("student,delegation-lead,Who is Medinsky's boss\nann,b,Putin\n");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err())
                .startsWith("lectern: export.csv: only 1 of the 13 questions have a column; this"
                        + " column matches no question:\n    'Who is Medinsky's boss' (field 3)");
        CliRun partial = batch("student,delegation-lead\nann,b\n", "--format", "csv");
        assertThat(partial.code()).isEqualTo(1);
        assertThat(partial.out()).endsWith("ann,1,18,5.56,no,1,0,0,0,0,0,0,0,0,0,0,0,0\n");
    }

    @Test
    void aWrongDelimiter_isRefused_sayingSo() throws IOException {
        CliRun run = batch("Name,delegation-lead\nAnn,b\n", "--delimiter", ";");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("export.csv:1:1: error: no column names the student (a column 'Name', 'First"
                        + " name' and 'Surname', or 'Email'); name it with --student-column; the header row has 1 field: is the"
                        + " delimiter right? (--delimiter says which)\n");
        CliRun nothing = batch("Name,Email\nAnn,a@x.org\n", "--delimiter", ";");
        assertThat(nothing.err())
                .startsWith("lectern: export.csv: no column answers any question of the set; the"
                        + " header row has 1 field, and none is a question: is the first row the header, and is the delimiter"
                        + " right? (--delimiter says which)\n");
        assertThat(batch("Name;delegation-lead\nAnn;b\n", "--format", "csv").out())
                .endsWith("\nAnn,1,18,5.56,no,1,0," + "0,0,0,0,0,0,0,0,0,0,0\n");
    }

    @Test
    void showColumns_printsHowEachColumnIsRead_andExits() throws IOException {
        CliRun run = batch("""
                First name,Surname,State,Response 1,In which Turkish city was Zelenskiy due to meet Erdogan?,Notes
                Ann,Lee,Finished,b,Ankara,x
                """, "--show-columns");
        assertThat(run.out()).isEqualTo("""
                columns of export.csv (2 of 13 questions have a column):
                  field  header                                       read as
                  1      First name                                   name (part 1) [known header]
                  2      Surname                                      name (part 2) [known header]
                  3      State                                        metadata, ignored [known header]
                  4      Response 1                                   question delegation-lead [position]
                  5      In which Turkish city was Zelenskiy due to … question zelenskiy-ankara [closest prompt]
                  6      Notes                                        ignored [no rule]
                """);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("lectern: export.csv: only 2 of the 13 questions have a column;");
    }

    @Test
    void columnHeadersWithEscOrABidiOverride_areShownEscaped_inTheTableAndTheWarnings() throws IOException {
        String csv = "First name,Surname,Response 1,Notes\u001b]0;PWNED\u0007\u202Eevil\nAnn,Lee,b,x\n";
        CliRun shown = batch(csv, "--show-columns");
        assertThat(shown.out())
                .contains("\n  4      Notes\\u001B]0;PWNED\\u0007\\u202Eevil          ignored [no rule]\n")
                .doesNotContainPattern("[\u001b\u0007\u202E]");
        assertThat(shown.err()).doesNotContainPattern("[\u001b\u0007\u202E]");
        assertThat(batch(csv).err())
                .contains("    'Notes\\u001B]0;PWNED\\u0007\\u202Eevil' (field 4): no question is close\n")
                .doesNotContainPattern("[\u001b\u0007\u202E]");
        CliRun graded = batch("Name,delegation-lead,delegation-members,delegation-roles,medinsky-former-post,"
                + "senior-diplomats-absent,revive-2022-terms,zelenskiy-ankara,Notes\u001b]0;PWNED\u0007\u202Eevil\n"
                + "Ann Lee,b,a; b; c,a = 1; b = 2; c = 3; d = 4,culture minister,false,Medinsky,Ankara,x\n");
        assertThat(graded.err())
                .contains("export.csv:1:9: warning: column 'Notes\\u001B]0;PWNED\\u0007\\u202Eevil' matches no question"
                        + " and is ignored")
                .doesNotContainPattern("[\u001b\u0007\u202E]");
    }

    @Test
    void aFuzzyMatch_isAWarningNamingBoth_andTheTableGoesToStderr() throws IOException {
        CliRun run = batch("""
                Name,delegation-lead,delegation-members,delegation-roles,medinsky-former-post,senior-diplomats-absent,\
                revive-2022-terms,In which Turkish city was Zelenskiy due to meet Erdogan?
                Ann Lee,b,a; b; c,a = 1; b = 2; c = 3; d = 4,culture minister,false,Medinsky; 2022; army; Western,Ankara
                """, "--format", "csv");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).endsWith("Ann Lee,10,18,55.56,no,1,2,2,1,1,2,0,0,0,1,0,0,0\n");
        assertThat(run.err())
                .startsWith("export.csv:1:8: warning: column 'In which Turkish city was Zelenskiy due to"
                        + " meet Erdogan?' is read as question 'zelenskiy-ankara', the closest prompt; if it is not, say which"
                        + " with --columns\nlectern: note: export.csv: columns matched by their prompt, not their id;");
    }

    @Test
    void columnsMap_overridesEveryGuess_andNamesTheStudent() throws IOException {
        Files.writeString(dir.resolve("map.yaml"), """
                student: [Vorname, Nachname]
                columns:
                  "Frage 1": delegation-lead
                  "Frage 2 [Putin]": road-to-istanbul [a]
                  "Frage 2 [Zelenskiy]": road-to-istanbul [b]
                  "Frage 2 [Trump]": road-to-istanbul [c]
                  "Frage 2 [Kreml]": road-to-istanbul [d]
                  "Frage 2 [USA]": road-to-istanbul [e]
                  "Punkte": ignore
                """);
        CliRun run = batch("""
                Vorname;Nachname;Punkte;Frage 1;Frage 2 [Putin];Frage 2 [Zelenskiy];Frage 2 [Trump];Frage 2 [Kreml];Frage 2 [USA]
                Ann;Lee;3;Vladimir Medinsky;1;2;3;4;5
                """, "--columns", "map.yaml", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("Ann Lee,3,18,16.67,no,1,0,0,0,0,0,0,2,0,0,0,0,0\n");
        Files.writeString(dir.resolve("map.yaml"), "columns:\n  \"Frage 1\": delegation-leed\n");
        CliRun bad = batch("Name,Frage 1\nAnn,b\n", "--columns", "map.yaml");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err())
                .isEqualTo("export.csv:1:2: error: --columns sends column 'Frage 1' to 'delegation-leed',"
                        + " which is not a question id of the set; did you mean 'delegation-lead'?\n");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void studentColumn_mayNameSeveralColumns_joinedWithSpaces() throws IOException {
        CliRun run = batch(
                "Email,Given,Family,delegation-lead\na@x.org,Ann,Lee,b\n",
                "--student-column",
                "Given,Family",
                "--format",
                "csv");
        assertThat(run.out()).endsWith("Ann Lee,1,18,5.56,no,1,0,0,0,0,0,0,0,0,0,0,0,0\n");
        assertThat(run.err()).isEmpty();
    }
}
