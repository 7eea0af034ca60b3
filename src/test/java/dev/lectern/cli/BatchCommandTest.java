package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern --batch} end to end in-process, on the bundled set 01 (18 points, pass mark 60%). */
class BatchCommandTest {
    static final String IDS = "delegation-lead,delegation-members,delegation-roles,medinsky-former-post,"
            + "senior-diplomats-absent,revive-2022-terms,kyiv-rejected-terms,road-to-istanbul,not-there-on-thursday,"
            + "zelenskiy-ankara,ceasefire-length,ceasefire-objection,maximalist-demands";
    static final String HEADER = "student,score,max,percent,passed," + IDS;
    /** Every answer right, written as a learner types them: letters, texts, lists with ';', pairs, 15.2. */
    static final String ANN = """
            {"student": "ann", "answers": {"delegation-lead": "b", "delegation-members": "a; b; c", \
            "delegation-roles": "a = 1; b = 2; c = 3; d = 4", "medinsky-former-post": "culture minister", \
            "senior-diplomats-absent": "false", "revive-2022-terms": "Medinsky; 2022; army; Western", \
            "kyiv-rejected-terms": "true", "road-to-istanbul": "a; b; c; d; e", \
            "not-there-on-thursday": ["Vladimir Putin", "Sergey Lavrov", "Marco Rubio"], \
            "zelenskiy-ankara": "Ankara", "ceasefire-length": 30, "ceasefire-objection": "a", \
            "maximalist-demands": "28.1"}}
            """;

    static final String ANN_ROW = "ann,18,18,100,yes,1,2,2,1,1,2,1,2,2,1,1,1,1";
    /** Two right of 18 points: below the pass mark. */
    static final String BOB = """
            {"student": "bob", "answers": {"delegation-lead": "Vladimir Medinsky", "zelenskiy-ankara": "Ankara", \
            "ceasefire-objection": "d"}}
            """;

    static final String BOB_ROW = "bob,2,18,11.11,no,1,0,0,0,0,0,0,0,0,1,0,0,0";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private CliRun batch(String stdin, String... more) {
        String[] args =
                Stream.concat(Stream.of("--batch", "set.yaml"), Stream.of(more)).toArray(String[]::new);
        return CliRun.withInput(dir, stdin, args);
    }

    @Test
    void jsonlFromStdin_csvGradebook_exactHeaderAndRows_exitZeroWhenAllPass() {
        CliRun run = batch(ANN, "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
        assertThat(run.code()).isEqualTo(0);
    }

    @Test
    void someoneBelowThePassMark_exitsOne() {
        CliRun run = batch(ANN + BOB, "--format", "csv");
        assertThat(run.out()).isEqualTo(HEADER + "\n" + ANN_ROW + "\n" + BOB_ROW + "\n");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void passOption_takesAPercentageByTheSetsRule_soZeroPointSixIsNotZeroPointSixPercent() {
        // 0.6 was 0.6%: a student at 11% passed. pass: 0.6 in a set was an error; now both refuse it.
        CliRun bare = batch(ANN + BOB, "--format", "csv", "--pass", "0.6");
        assertThat(bare.err())
                .contains("'0.6' is not a pass mark; write a percentage from 0% to 100%, like 60% (a"
                        + " number without % is not taken: write 60% for 60 percent, or 0.6% if you mean that)");
        assertThat(bare.out()).isEmpty();
        assertThat(bare.code()).isEqualTo(2);
        assertThat(batch(ANN, "--pass", "60").err()).contains("(a number without % is not taken: write 60%)");
    }

    @Test
    void anEmptyClass_isNoPass_butExitTwo_andWritesNoReport() throws IOException {
        write("empty.jsonl", "");
        write("header-only.csv", "student,delegation-lead\n");
        write("grades.csv", "old\n");
        CliRun empty = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "empty.jsonl", "--pass", "80%");
        assertThat(empty.err()).isEqualTo("lectern: no answer sheets in empty.jsonl: nothing was graded\n");
        assertThat(empty.code()).isEqualTo(2);
        CliRun header = CliRun.withInput(
                dir,
                "",
                "--batch",
                "set.yaml",
                "--answers",
                "header-only.csv",
                "--pass",
                "80%",
                "--format",
                "csv",
                "--out",
                "grades.csv");
        assertThat(header.err()).endsWith("lectern: no answer sheets in header-only.csv: nothing was graded\n");
        assertThat(header.code()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("grades.csv"))).isEqualTo("old\n");
    }

    @Test
    void passOption_overridesTheSetsPassMark() {
        assertThat(batch(ANN + BOB, "--format", "csv", "--pass", "10%").code()).isEqualTo(0);
        assertThat(batch(ANN + BOB, "--format", "csv", "--pass", "10%").out()).contains("bob,2,18,11.11,yes,");
        CliRun bad = batch(ANN, "--pass", "120%");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'120%' is not a pass mark; write a percentage from 0% to 100%, like 60%");
    }

    @Test
    void yamlSheetsFromAFile_keepSourceText_listsAndPairsAsYaml() throws IOException {
        write("class.yaml", """
                student: ann
                answers:
                  delegation-lead: Vladimir Medinsky
                  senior-diplomats-absent: no
                  kyiv-rejected-terms: yes
                  delegation-members: [a, b, c]
                  delegation-roles:
                    Vladimir Medinsky: former culture minister
                    Alexander Fomin: deputy defence minister
                    Mikhail Galuzin: deputy foreign minister
                    Igor Kostyukov: head of military intelligence
                  ceasefire-length: 30
                ---
                student: bob
                answers:
                  delegation-lead: b
                """);
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "class.yaml", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .isEqualTo(HEADER + "\n" + "ann,8,18,44.44,no,1,2,2,0,1,0,1,0,0,0,1,0,0\n"
                        + "bob,1,18,5.56,no,1,0,0,0,0,0,0,0,0,0,0,0,0\n");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void csvSheets_studentColumnByName_listsInOneCell() throws IOException {
        write("export.csv", """
                email,delegation-members,name,delegation-lead,senior-diplomats-absent
                ann@example.org,"Alexander Fomin; Mikhail Galuzin; Igor Kostyukov",Ann Lee,b,no
                bob@example.org,a,"Bob, Jr.",Sergey Lavrov,
                """);
        CliRun run = CliRun.withInput(
                dir,
                "",
                "--batch",
                "set.yaml",
                "--answers",
                "export.csv",
                "--format",
                "csv",
                "--student-column",
                "name");
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .isEqualTo(HEADER + "\n" + "Ann Lee,4,18,22.22,no,1,2,0,0,1,0,0,0,0,0,0,0,0\n"
                        + "\"Bob, Jr.\",0.67,18,3.7,no,0,0.67,0,0,0,0,0,0,0,0,0,0,0\n");
    }

    @Test
    void textTable_isTheDefault_withASummaryLine() {
        CliRun run = batch(ANN + BOB);
        assertThat(run.out()).isEqualTo("""
                student                    score     max  percent  result
                ann                           18      18   100.0%  pass
                bob                            2      18    11.1%  fail
                2 students · mean 55.6% · 1 passed, 1 failed (pass mark 60%)
                """);
    }

    @Test
    void textTable_aNameTooLongForItsColumn_hasALineOfItsOwn_andTheFiguresStayInTheirColumns() {
        CliRun run = batch(ANN.replace("\"ann\"", "\"annabel.lee-montgomery@students.example.org\"")
                + BOB.replace("\"bob\"", "\"Łukasz Żółć-Brzęczyszcz\""));
        assertThat(run.out()).isEqualTo("""
                student                    score     max  percent  result
                annabel.lee-montgomery@students.example.org
                                              18      18   100.0%  pass
                Łukasz Żółć-Brzęczyszcz        2      18    11.1%  fail
                2 students · mean 55.6% · 1 passed, 1 failed (pass mark 60%)
                """);
    }

    @Test
    void textDetails_showVerdictExpectedAndTheSupportingPassageForWrongAnswers() {
        CliRun run = batch(BOB, "--details");
        assertThat(run.out()).contains("""
                    ceasefire-objection      wrong      0/1
                        given:    win back lost territory
                        expected: rearm and regroup
                        see [27] give Ukraine time to rearm and regroup
                """);
        assertThat(run.out()).contains("""
                    zelenskiy-ankara         correct    1/1
                        given:    Ankara
                    ceasefire-length         unanswered 0/1
                        expected: 30 days
                """);
    }

    @Test
    void json_isOneDocument_withSetStudentsAndSummary() throws IOException {
        CliRun run = batch(ANN + BOB, "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("set").path("title").asText())
                .isEqualTo("Istanbul talks without Putin: who goes, who stays away");
        assertThat(doc.path("set").path("max").asDouble()).isEqualTo(18);
        assertThat(doc.path("set").path("pass").asDouble()).isEqualTo(60);
        assertThat(doc.path("set").path("questions")).hasSize(13);
        JsonNode bob = doc.path("students").get(1);
        assertThat(bob.path("student").asText()).isEqualTo("bob");
        assertThat(bob.path("score").asDouble()).isEqualTo(2);
        assertThat(bob.path("passed").asBoolean()).isFalse();
        JsonNode objection = bob.path("answers").get(11);
        assertThat(objection.path("id").asText()).isEqualTo("ceasefire-objection");
        assertThat(objection.path("given").asText()).isEqualTo("win back lost territory");
        assertThat(objection.path("verdict").asText()).isEqualTo("wrong");
        assertThat(objection.path("points").asDouble()).isEqualTo(0);
        assertThat(objection.path("max").asDouble()).isEqualTo(1);
        assertThat(objection.path("rule").asText()).isEqualTo("choice");
        assertThat(objection.path("expected").asText()).isEqualTo("rearm and regroup");
        JsonNode summary = doc.path("summary");
        assertThat(summary.path("students").asInt()).isEqualTo(2);
        assertThat(summary.path("passed").asInt()).isEqualTo(1);
        assertThat(summary.path("failed").asInt()).isEqualTo(1);
        assertThat(summary.path("malformed").asInt()).isEqualTo(0);
        assertThat(summary.path("meanPercent").asDouble()).isEqualTo(55.56);
    }

    @Test
    void json_matchesItsSchema_withAndWithoutDetails() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(
                        Path.of("schema/batch-report.schema.json").toFile()));
        for (String[] extra : new String[][] {{}, {"--details"}, {"--pass", "0%"}, {"--stats"}}) {
            String[] args = Stream.concat(Stream.of("--format", "json"), Stream.of(extra))
                    .toArray(String[]::new);
            JsonNode doc = mapper.readTree(batch(ANN + BOB, args).out());
            assertThat(schema.validate(doc)).as(String.join(" ", extra)).isEmpty();
        }
    }

    @Test
    void stats_inText_jsonAndJsonl_notInCsv() throws IOException {
        CliRun text = batch(ANN + BOB, "--stats");
        assertThat(text.out()).contains("""
                item analysis (2 students)
                question                 type       facility  discrim  blank unread  flags
                delegation-lead          choice         1.00        -      0      0  almost everybody right
                    picks: a) Sergey Lavrov: 0; b) Vladimir Medinsky: 2; c) Yuri Ushakov: 0; d) Alexander Fomin: 0
                """);
        JsonNode doc = new ObjectMapper()
                .readTree(batch(ANN + BOB, "--format", "json", "--stats").out());
        assertThat(doc.path("stats")).hasSize(13);
        assertThat(doc.path("stats")
                        .get(11)
                        .path("options")
                        .get(3)
                        .path("picks")
                        .asInt())
                .isEqualTo(1);
        String[] lines = batch(ANN + BOB, "--format", "jsonl", "--stats").out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(new ObjectMapper()
                        .readTree(lines[2])
                        .path("stats")
                        .get(0)
                        .path("facility")
                        .asDouble())
                .isEqualTo(1);
        CliRun csv = batch(ANN, "--format", "csv", "--stats");
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).startsWith("lectern: --stats goes with --format text, json or jsonl");
    }

    @Test
    void jsonl_isOneLinePerStudent() throws IOException {
        CliRun run = batch(ANN + BOB, "--format", "jsonl");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(lines[0]).path("student").asText()).isEqualTo("ann");
        assertThat(mapper.readTree(lines[0]).path("percent").asDouble()).isEqualTo(100);
        assertThat(mapper.readTree(lines[1])
                        .path("answers")
                        .get(0)
                        .path("verdict")
                        .asText())
                .isEqualTo("correct");
    }

    @Test
    void malformedJsonLines_areReportedWithPositions_theOthersGraded_exitTwo() {
        String input = ANN
                + "{\"student\": \"cy\", \"answers\": {\"delegation-lead\": \n"
                + "[1, 2]\n"
                + "{\"name\": \"dee\", \"answers\": {}}\n"
                + "{\"answers\": {}}\n"
                + "{\"student\": \"eve\", \"answers\": [\"b\"]}\n"
                + "{\"student\": \"fay\", \"answers\": {}} {}\n"
                + BOB;
        CliRun run = batch(input, "--format", "csv");
        assertThat(run.err()).isEqualTo("""
                <stdin>:2:50: error: not valid JSON: Unexpected end-of-input within/between Object entries
                <stdin>:3:1: error: a sheet must be a JSON object like {"student": "…", "answers": {…}}
                <stdin>:4:2: error: unknown key "name" in a sheet; a sheet has "student" and "answers"
                <stdin>:5:1: error: the sheet has no "student"
                <stdin>:6:31: error: "answers" must be an object of question id to answer
                <stdin>:7:35: error: more than one JSON value on this line; write one sheet per line
                """);
        assertThat(run.out()).isEqualTo(HEADER + "\n" + ANN_ROW + "\n" + BOB_ROW + "\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void malformedYamlSheets_areReportedWithPositions() throws IOException {
        write("class.yml", """
                student: ann
                answers:
                  delegation-lead: b
                ---
                - a list
                ---
                student: bob
                answers: [b]
                ---
                answers:
                  delegation-lead: b
                ---
                student: cy
                colour: blue
                answers: {}
                ---
                student: dee
                answers:
                  delegation-lead: [[nested]]
                ---
                student: eve
                answers:
                  delegation-lead: b
                """);
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "class.yml", "--format", "csv");
        assertThat(run.err()).isEqualTo("""
                class.yml:5:1: error: a sheet must be a mapping with 'student:' and 'answers:'; found a list
                class.yml:8:10: error: 'answers' must be a mapping of question id to answer; found a list
                class.yml:10:1: error: the sheet has no 'student:'
                class.yml:14:1: error: unknown key 'colour' in a sheet; a sheet has 'student' and 'answers'
                class.yml:19:20: error: the answer to 'delegation-lead' must be a text, a list of texts or 'left: right' pairs
                """);
        assertThat(run.out())
                .isEqualTo(HEADER + "\nann,1,18,5.56,no,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                        + "eve,1,18,5.56,no,1,0,0,0,0,0,0,0,0,0,0,0,0\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void yamlSyntaxError_endsTheInput_afterGradingTheSheetsBeforeIt() throws IOException {
        write("class.yaml", "student: ann\nanswers:\n  delegation-lead: b\n---\nstudent: bob\nanswers: {\n");
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "class.yaml", "--format", "csv");
        assertThat(run.err())
                .startsWith("class.yaml:7:1: error: not valid YAML: ")
                .endsWith("; the sheets after this point cannot be read\n");
        assertThat(run.out()).contains("ann,1,18");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void malformedCsvRows_areReportedWithLineAndField() throws IOException {
        write("export.csv", """
                student,delegation-lead
                ann,b
                bob,a,extra
                ,b
                cy,b
                """);
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "export.csv", "--format", "csv");
        assertThat(run.err()).isEqualTo("""
                export.csv:3:1: error: this row has 3 fields; the header has 2 fields
                export.csv:4:1: error: no student name in column 'student'
                """);
        assertThat(run.out()).contains("ann,1,18").contains("cy,1,18").doesNotContain("bob");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void unclosedCsvQuote_saysTheRowsAfterItWereNotGraded() throws IOException {
        write("export.csv", "student,delegation-lead,ceasefire-length\nann,b,30\nbob,\"Lavrov,30\ncy,b,30\n");
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "export.csv", "--format", "csv");
        assertThat(run.err())
                .isEqualTo("export.csv:3:1: error: this row has 2 fields; the header has 3 fields;"
                        + " a quote (\") in this row is not closed, so the lines after it were read into this row and not"
                        + " graded: close the quote\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void csvGradebook_namesASpreadsheetWouldRunAsFormulas_getAnApostrophe_unlessRaw() {
        String sheets = ANN.replace("\"ann\"", "\"=HYPERLINK(\\\"http://x\\\")\"")
                + ANN.replace("\"ann\"", "\"+1+1\"")
                + ANN.replace("\"ann\"", "\"@SUM(1)\"")
                + ANN.replace("\"ann\"", "\"-2\"")
                + ANN;
        String scores = ANN_ROW.substring("ann".length());
        assertThat(batch(sheets, "--format", "csv").out().lines().skip(1))
                .containsExactly(
                        "\"'=HYPERLINK(\"\"http://x\"\")\"" + scores,
                        "'+1+1" + scores,
                        "'@SUM(1)" + scores,
                        "'-2" + scores,
                        ANN_ROW);
        assertThat(batch(sheets, "--format", "csv", "--csv-raw").out().lines().skip(1))
                .containsExactly(
                        "\"=HYPERLINK(\"\"http://x\"\")\"" + scores,
                        "+1+1" + scores,
                        "@SUM(1)" + scores,
                        "-2" + scores,
                        ANN_ROW);
    }

    @Test
    void csvWithoutTheNamedStudentColumn_isOneError() throws IOException {
        write("export.csv", "name,delegation-lead\nann,b\n");
        CliRun run = CliRun.withInput(
                dir, "", "--batch", "set.yaml", "--answers", "export.csv", "--student-column", "student");
        assertThat(run.err())
                .isEqualTo("export.csv:1:1: error: no column 'student' in the header (columns: name,"
                        + " delegation-lead); name the student column with --student-column\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void unknownIdsAndDuplicateStudents_areWarningsWithPositions_notErrors() {
        String input = BOB + "{\"student\": \"bob\", \"answers\": {\"delegation-leed\": \"b\"}}\n";
        CliRun run = batch(input, "--format", "csv", "--pass", "0%");
        assertThat(run.err()).isEqualTo("""
                <stdin>:2:32: warning: unknown question id 'delegation-leed': the set has no such question, so these answers are ignored
                <stdin>:2:1: warning: duplicate student 'bob' (first on line 1); both sheets are graded
                """);
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.code()).isEqualTo(0);
    }

    @Test
    void brokenQuestionSet_printsTheSameMessagesAsCheck_andExitsOneAsCheckDoes() throws IOException {
        write("set.yaml", Files.readString(dir.resolve("set.yaml")).replace("type: choice", "type: choise"));
        CliRun check = CliRun.in(dir, "check", "set.yaml");
        CliRun run = batch(ANN);
        String firstProblem = check.out().lines().findFirst().orElseThrow();
        assertThat(firstProblem).startsWith("set.yaml:13:11: error: ");
        assertThat(run.err()).startsWith(check.out().substring(0, check.out().lastIndexOf("1 file checked")));
        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isEqualTo(check.code()).isEqualTo(1);
    }

    @Test
    void missingAnswersFile_exitsTwo() {
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "nope.jsonl");
        assertThat(run.err()).isEqualTo("lectern: cannot read the answers: no such file: nope.jsonl\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void aFolderAsAnswers_orEmptyStandardInput_exitTwo() {
        CliRun folder = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "seeds", "--input-format", "csv");
        assertThat(folder.err())
                .isEqualTo("lectern: no answer sheets in seeds: it has no .jsonl, .yaml or .csv" + " file\n");
        assertThat(folder.code()).isEqualTo(2);
        CliRun empty = batch("");
        assertThat(empty.err()).isEqualTo("lectern: no answer sheets: standard input is empty\n");
        assertThat(empty.code()).isEqualTo(2);
        // With the format given, empty input is read, and no sheet is graded: still no pass (issue 17).
        CliRun emptyJsonl = batch("", "--input-format", "jsonl", "--format", "csv");
        assertThat(emptyJsonl.err()).isEqualTo("lectern: no answer sheets in standard input: nothing was graded\n");
        // Standard output is written once the run is through, so not even the gradebook's header is out.
        assertThat(emptyJsonl.out()).isEmpty();
        assertThat(emptyJsonl.code()).isEqualTo(2);
    }

    @Test
    void unknownExtension_needsInputFormat() throws IOException {
        write("sheets.txt", ANN);
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "sheets.txt", "--format", "csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("add --input-format");
        run = CliRun.withInput(
                dir,
                "",
                "--batch",
                "set.yaml",
                "--answers",
                "sheets.txt",
                "--format",
                "csv",
                "--input-format",
                "jsonl");
        assertThat(run.out()).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
    }

    @Test
    void stdin_asDash_andSniffedFormats() {
        assertThat(batch(ANN, "--answers", "-", "--format", "csv").out()).endsWith(ANN_ROW + "\n");
        assertThat(batch("student: bob\nanswers:\n  delegation-lead: b\n", "--format", "csv")
                        .out())
                .endsWith("bob,1,18,5.56,no,1,0,0,0,0,0,0,0,0,0,0,0,0\n");
        assertThat(batch("student,delegation-lead\nbob,b\n", "--format", "csv").out())
                .endsWith("bob,1,18,5.56,no,1,0,0,0,0,0,0,0,0,0,0,0,0\n");
    }

    @Test
    void stdinThatIsATerminal_isNeverWaitedOn() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(
                new String[] {"--batch", "set.yaml"},
                dir,
                java.util.Map.of(),
                new Console(new java.io.ByteArrayInputStream(new byte[0]), true, false),
                new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo(
                        "lectern: no answer sheets: give --answers FILE, or pipe the sheets to" + " standard input\n");
    }

    @Test
    void batchOptionsWithoutBatch_areAUsageError() {
        CliRun run = CliRun.withInput(dir, "", "--format", "csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lectern: --format only goes with --batch SET, which grades answer sheets;"
                        + " without --batch, lectern opens the quiz\nSee 'lectern --help' for every option.\n");
    }

    @Test
    void out_replacesAnExistingFileWhole_andLeavesNoTemporaryFiles() throws IOException {
        write("grades.csv", "old content that is much longer than the new gradebook would ever be ".repeat(100));
        CliRun run = batch(ANN, "--format", "csv", "--out", "grades.csv");
        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("grades.csv"))).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void out_aFailingRunDoesNotClobberTheOldReport_norLeaveTemporaryFiles() throws IOException {
        write("grades.csv", "old\n");
        write("set.yaml", "title: broken\n");
        CliRun run = batch(ANN, "--format", "csv", "--out", "grades.csv");
        assertThat(run.code()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("grades.csv"))).isEqualTo("old\n");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void out_withMalformedSheets_stillWritesTheValidOnes() throws IOException {
        CliRun run = batch(ANN + "oops\n", "--format", "csv", "--out", "grades.csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("grades.csv"))).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
    }

    @Test
    void out_intoAMissingFolder_isAUsageError() {
        CliRun run = batch(ANN, "--out", "no/such/grades.csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern: cannot write no/such/grades.csv: no such folder: no/such\n");
    }

    private java.util.List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }
}
