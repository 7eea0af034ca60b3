package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three sheet readers: answers come out as a learner would type them, problems with their positions. */
class SheetReadersTest {
    static final QuestionSet SET = new QuestionSetLoader(ArticleLibrary.forProject(Path.of(".")))
            .load(Path.of("questions/01-istanbul-talks.yaml"), "set.yaml")
            .set()
            .orElseThrow();

    private static List<SheetRead> read(InputFormat format, String text) throws IOException {
        SheetReader reader =
                SheetInput.open(format, new BufferedReader(new StringReader(text)), "in", SET, CsvLayout.guessed());
        List<SheetRead> all = new ArrayList<>();
        SheetRead r;
        while ((r = reader.next()) != null) {
            all.add(r);
        }
        return all;
    }

    private static List<String> problems(List<SheetRead> reads) {
        return reads.stream()
                .flatMap(r -> r.problems().stream())
                .map(Object::toString)
                .toList();
    }

    @Test
    void yaml_keepsSourceText_noStaysNo_numbersStayAsWritten() throws IOException {
        List<SheetRead> reads = read(InputFormat.yaml, """
                student: ann
                answers:
                  a: no
                  b: 010
                  c: 3.10
                  d: ~
                  e:
                  f: [x, y]
                  g: {left: right, up: down}
                """);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).sheet().answers())
                .containsExactly(
                        Map.entry("a", "no"),
                        Map.entry("b", "010"),
                        Map.entry("c", "3.10"),
                        Map.entry("d", "~"),
                        Map.entry("e", ""),
                        Map.entry("f", "x; y"),
                        Map.entry("g", "left = right; up = down"));
        assertThat(reads.get(0).sheet().posOf("b").line()).isEqualTo(4);
    }

    @Test
    void yaml_emptyDocumentsAreSkipped_andAnIdAnsweredTwiceIsAnError() throws IOException {
        List<SheetRead> reads = read(InputFormat.yaml, "---\n---\nstudent: ann\nanswers:\n  a: x\n  a: y\n---\n");
        assertThat(problems(reads))
                .containsExactly("in:6:3: error: question 'a' is answered twice in this sheet (first on line 5)");
    }

    @Test
    void jsonl_answersMayBeTextsNumbersBooleansNullListsOrPairs() throws IOException {
        List<SheetRead> reads = read(InputFormat.jsonl, """
                {"student": "ann", "answers": {"a": "b", "n": 3.10, "t": false, "u": null, "l": ["x", "y"], "p": {"l": "r"}}}

                {"student": 42, "answers": {}}
                """);
        assertThat(problems(reads)).isEmpty();
        assertThat(reads.get(0).sheet().answers())
                .containsExactly(
                        Map.entry("a", "b"),
                        Map.entry("n", "3.10"),
                        Map.entry("t", "false"),
                        Map.entry("u", ""),
                        Map.entry("l", "x; y"),
                        Map.entry("p", "l = r"));
        assertThat(reads.get(1).sheet().student()).isEqualTo("42");
        assertThat(reads.get(1).sheet().pos().line()).isEqualTo(3);
    }

    @Test
    void jsonl_nestedAnswersAndBlankStudents_areMalformed() throws IOException {
        List<SheetRead> reads = read(InputFormat.jsonl, """
                {"student": "ann", "answers": {"a": [["x"]]}}
                {"student": " ", "answers": {}}
                {"student": "bob", "answers": {"a": "x", "a": "y"}}
                """);
        assertThat(problems(reads))
                .containsExactly(
                        "in:1:38: error: the answer to 'a' must be a text, a list of texts or an object of pairs",
                        "in:2:13: error: \"student\" must be a name",
                        "in:3:42: error: question 'a' is answered twice in this sheet");
    }

    @Test
    void csv_emptyInput_andADuplicateColumn() throws IOException {
        assertThat(problems(read(InputFormat.csv, "")))
                .containsExactly("in:1:1: error: the CSV file is empty; it needs"
                        + " a header row: the student column, then one column per question (its id or its prompt)");
        assertThat(problems(read(InputFormat.csv, "student,zelenskiy-ankara,zelenskiy-ankara\nann,x,y\n")))
                .containsExactly(
                        "in:1:3: error: column 'zelenskiy-ankara' appears twice in the header (first as" + " field 2)");
    }

    @Test
    void csv_quotedCellsKeepCommasSemicolonsAndNewLines_andABomIsIgnored() throws IOException {
        List<SheetRead> reads = read(
                InputFormat.csv,
                "\uFEFFstudent,zelenskiy-ankara\n\"Lee, Ann\",\"x; y\"\n\"bob\",\"line\nbreak\"\ncy,z\n");
        assertThat(reads).extracting(r -> r.sheet().student()).containsExactly("Lee, Ann", "bob", "cy");
        assertThat(reads.get(0).sheet().answers()).containsExactly(Map.entry("zelenskiy-ankara", "x; y"));
        assertThat(reads.get(1).sheet().answers()).containsExactly(Map.entry("zelenskiy-ankara", "line\nbreak"));
        assertThat(reads.get(2).sheet().pos().line()).isEqualTo(5);
    }

    @Test
    void sniffing_tellsJsonLinesYamlAndCsvApart() throws IOException {
        assertThat(InputFormat.sniff(new BufferedReader(new StringReader("  {\"student\""))))
                .isEqualTo(InputFormat.jsonl);
        assertThat(InputFormat.sniff(new BufferedReader(new StringReader("---\nstudent: a"))))
                .isEqualTo(InputFormat.yaml);
        assertThat(InputFormat.sniff(new BufferedReader(new StringReader("student: a"))))
                .isEqualTo(InputFormat.yaml);
        assertThat(InputFormat.sniff(new BufferedReader(new StringReader("student,a\n"))))
                .isEqualTo(InputFormat.csv);
        assertThat(InputFormat.fromName("class.NDJSON")).contains(InputFormat.jsonl);
        assertThat(InputFormat.fromName("class.txt")).isEmpty();
    }

    @Test
    void jsonl_anUnclosedObject_saysWhereItWasOpened_notJacksonsSourceNote() {
        assertThat(JsonlSheets.plain("Unexpected end-of-input: expected close marker for Object (start marker at"
                        + " [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1,"
                        + " column: 31])"))
                .isEqualTo(
                        "Unexpected end-of-input: expected close marker for Object (the object opened at column 31)");
        assertThat(JsonlSheets.plain("Unrecognized token 'not'")).isEqualTo("Unrecognized token 'not'");
    }
}
