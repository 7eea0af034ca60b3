package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked example of {@code docs/grading.md}, asserting the points, verdict, rule and note the page states,
 * so that the page cannot drift from the engine. Questions the page shows as YAML are read from the page itself
 * (or from {@code docs/question-format.md} when the page borrows one), and every YAML example of both pages must
 * load.
 */
class GradingDocExamplesTest {
    private static final Path GRADING = Path.of("docs", "grading.md");
    private static final Path FORMAT = Path.of("docs", "question-format.md");
    private static final double EPS = 1e-9;

    // --- reading the examples out of the docs -----------------------------------------------------------------

    /** The {@code ```yaml} blocks of a doc, with the indentation of their fence taken off. */
    static List<String> yamlBlocks(Path doc) {
        List<String> lines;
        try {
            lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        int indent = 0;
        for (String line : lines) {
            if (block == null && line.strip().equals("```yaml")) {
                block = new StringBuilder();
                indent = line.indexOf('`');
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(
                                line.length() >= indent
                                                && line.substring(0, indent).isBlank()
                                        ? line.substring(indent)
                                        : line.stripLeading())
                        .append('\n');
            }
        }
        return blocks;
    }

    /** A block as a whole question set: a set as written, or question items under a stand-in title. */
    static Optional<String> asSet(String block) {
        String text = block.lines().dropWhile(l -> l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
        if (text.startsWith("title:")) {
            return Optional.of(text);
        }
        if (text.startsWith("  - id:")) {
            return Optional.of("title: Example\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n" + text);
        }
        return Optional.empty(); // a fragment such as an evidence list, or a deliberate mistake
    }

    /** The YAML block of {@code doc} that defines question {@code id}, as question items or a whole set. */
    static String block(Path doc, String id) {
        Pattern item = Pattern.compile("\\s*-\\s*\\{?\\s*id:\\s*" + Pattern.quote(id) + "\\s*([,}].*)?");
        return yamlBlocks(doc).stream()
                .filter(b -> b.lines().anyMatch(l -> item.matcher(l).matches()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(doc + " has no YAML example with id " + id));
    }

    static Question docQuestion(Path doc, String id) {
        return question(asSet(block(doc, id)).orElseThrow(), id);
    }

    static Question question(String setYaml, String id) {
        return Quiz.set(setYaml).questions().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** A question of {@code questions:} items, one of which is {@code id}. */
    static Question items(String itemsYaml) {
        return Quiz.question(itemsYaml);
    }

    /** A one-point {@code short} question with the given keys. */
    static Question shortQ(String keys) {
        return items("  - {id: q, type: short, prompt: p, evidence: {paragraph: 1}, " + keys + "}\n");
    }

    static Grade grade(Question q, String answer) {
        return Quiz.grade(q, answer);
    }

    static void check(Grade g, double points, Verdict verdict, Rule rule) {
        assertThat(g.earned()).as("points of %s", g.given()).isCloseTo(points, within(EPS));
        assertThat(g.verdict()).as("verdict of %s", g.given()).isEqualTo(verdict);
        assertThat(g.rule()).as("rule of %s", g.given()).isEqualTo(rule);
    }

    static void check(Grade g, double points, Verdict verdict, Rule rule, String note) {
        check(g, points, verdict, rule);
        assertThat(g.note()).as("note of %s", g.given()).hasValue(note);
    }

    static Stream<Arguments> docYamlExamples() {
        List<Arguments> all = new ArrayList<>();
        for (Path doc : List.of(GRADING, FORMAT)) {
            List<String> blocks = yamlBlocks(doc);
            for (int i = 0; i < blocks.size(); i++) {
                Optional<String> set = asSet(blocks.get(i));
                if (set.isPresent()) {
                    all.add(Arguments.of(doc.getFileName() + " #" + (i + 1), set.get()));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docYamlExamples")
    void everyYamlExampleOfTheDocs_loadsWithoutProblems(String where, String yaml) {
        LoadResult r = new QuestionSetLoader(new ArticleLibrary(List.of(Path.of("seeds"))))
                .load(yaml, Path.of("questions"), "example.yaml");
        assertThat(r.problems()).as(where).isEmpty(); // examples are exemplary: not even a warning
        assertThat(r.set()).as(where).isPresent();
    }

    @Test
    void docs_haveTheirExamples() {
        assertThat(docYamlExamples().filter(a -> a.get()[0].toString().startsWith("grading")))
                .hasSizeGreaterThan(8);
        assertThat(docYamlExamples().filter(a -> a.get()[0].toString().startsWith("question-format")))
                .hasSizeGreaterThan(10);
    }

    @Test
    void section1_namesEveryRule() throws IOException {
        String doc = Files.readString(GRADING, StandardCharsets.UTF_8);
        for (Rule rule : Rule.values()) {
            assertThat(doc).as(rule.id()).contains("`" + rule.id() + "`");
        }
    }

    // --- 2. How answers are written -----------------------------------------------------------------------------

    @Test
    void section2_answerForms() {
        Question lead = docQuestion(GRADING, "delegation-lead");
        for (String b : List.of("b", "B", "b)", "(b)", "b.", "Vladimir Medinsky", "vladimir medinsky")) {
            assertThat(grade(lead, b).verdict()).as(b).isEqualTo(Verdict.CORRECT);
        }
        check(grade(lead, "medinsky"), 0, Verdict.WRONG, Rule.UNREADABLE, "'medinsky' is not one of the choices");
        check(grade(lead, "Putin"), 0, Verdict.WRONG, Rule.UNREADABLE, "'Putin' is not one of the choices");

        Question tf = items("  - {id: t, type: true-false, prompt: p, answer: true, evidence: {paragraph: 1}}\n");
        for (String yes : List.of("true", "t", "YES", "y")) {
            assertThat(grade(tf, yes).verdict()).as(yes).isEqualTo(Verdict.CORRECT);
        }
        for (String no : List.of("false", "F", "no", "n")) {
            assertThat(grade(tf, no).verdict()).as(no).isEqualTo(Verdict.WRONG);
        }
        check(grade(tf, "maybe"), 0, Verdict.WRONG, Rule.UNREADABLE, "'maybe' is neither true nor false");

        Question members = docQuestion(FORMAT, "delegation-members");
        for (String picks :
                List.of("a; b; d", "a, b, d", "a b d", "Alexander Fomin; Mikhail Galuzin; Yuri Ushakov", "a\nb\nd")) {
            assertThat(grade(members, picks).given())
                    .as(picks)
                    .isEqualTo("Alexander Fomin; Mikhail Galuzin; Yuri Ushakov");
        }

        Question order = docQuestion(GRADING, "road-to-istanbul-4");
        check(grade(order, "b\na\nc\nd"), 5.0 / 6, Verdict.PARTIAL, Rule.PAIRS);
        check(grade(order, "a b c d"), 1, Verdict.CORRECT, Rule.PAIRS);
        check(grade(order, "a; b; c"), 0, Verdict.WRONG, Rule.UNREADABLE, "put all 4 items in order; found 3");

        Question roles = docQuestion(FORMAT, "delegation-roles");
        for (String pairs : List.of(
                "a = 2; b = 1",
                "a -> 2; b → 1",
                "Vladimir Medinsky = deputy defence minister; Alexander Fomin = former culture minister")) {
            assertThat(grade(roles, pairs).given())
                    .as(pairs)
                    .isEqualTo(
                            "Vladimir Medinsky = deputy defence minister; Alexander Fomin = former culture minister");
        }
        assertThat(grade(roles, "a = 2\nb = 1").given())
                .isEqualTo("Vladimir Medinsky = deputy defence minister; Alexander Fomin = former culture minister");
        check(
                grade(roles, "Medinsky = 1"),
                0,
                Verdict.WRONG,
                Rule.UNREADABLE,
                "'Medinsky = 1' is not a pair; write left = right, like Vladimir Medinsky = former culture minister");

        check(
                grade(docQuestion(GRADING, "sumy-death-toll"), "abc"),
                0,
                Verdict.WRONG,
                Rule.UNREADABLE,
                "'abc' is not a number");
        check(
                grade(docQuestion(GRADING, "trump-condition"), "3.9"),
                0,
                Verdict.WRONG,
                Rule.UNREADABLE,
                "the article has no sentence 3.9");
    }

    @Test
    void section2_lettersFollowTheOrderShown() {
        Question lead = docQuestion(GRADING, "delegation-lead");
        Grader grader = new Grader(
                Quiz.set("questions:\n" + block(GRADING, "delegation-lead")).article());
        Presentation shown = new Presentation(List.of(1, 0, 3, 2)); // Medinsky shown first
        assertThat(grader.grade(lead, shown, "a").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grader.grade(lead, Presentation.asWritten(lead), "a").given())
                .isEqualTo("Sergey Lavrov");

        Question roles = docQuestion(FORMAT, "delegation-roles");
        Presentation rightColumn = new Presentation(List.of(3, 2, 1, 0)); // right-hand items shown reversed
        Grade g = grader.grade(roles, rightColumn, "a = 4; b = 3; c = 2; d = 1");
        check(g, 2, Verdict.CORRECT, Rule.PER_PAIR, "4 of 4 pairs right");
    }

    // --- 3. The matching layers -------------------------------------------------------------------------------

    static final String PATTERN_KEYS = "answers: [culture minister, former culture minister, minister of culture], "
            + "pattern: \"(?i)\\\\s*(the\\\\s+)?(former\\\\s+)?(russian\\\\s+)?(culture\\\\s+minister|minister\\\\s+of"
            + "\\\\s+culture)\\\\s*\"";

    static Stream<Arguments> layersTable() {
        return Stream.of(
                Arguments.of("answer: Kremlin’s", "Kremlin’s", Rule.EXACT, 1.0, null),
                Arguments.of("answer: Kremlin’s", "Kremlin's", Rule.NORMALIZED, 1.0, null),
                Arguments.of("answer: Kremlin’s", "the kremlins", Rule.NORMALIZED, 1.0, null),
                Arguments.of("answer: Erdoğan", "Erdogan", Rule.NO_MATCH, 0.0, null),
                Arguments.of(
                        "answers: [Lula, Luiz Inácio Lula da Silva]",
                        "luiz inácio lula da silva",
                        Rule.ALTERNATE,
                        1.0,
                        null),
                Arguments.of(PATTERN_KEYS, "Russian minister of culture", Rule.PATTERN, 1.0, null),
                Arguments.of("answer: three", "Three", Rule.NORMALIZED, 1.0, null),
                Arguments.of("answer: three", "3", Rule.NUMBER, 1.0, null),
                Arguments.of("answer: three", "3.0", Rule.NUMBER, 1.0, null),
                Arguments.of(
                        "answer: Erdoğan, match: lenient", "Erdogan", Rule.LENIENT, 1.0, "accepted without accents"),
                Arguments.of("answer: Medinsky", "Medinksy", Rule.NO_MATCH, 0.0, null),
                Arguments.of(
                        "answer: Medinsky, match: lenient, typo-credit: 0.5",
                        "Medinksy",
                        Rule.LENIENT,
                        0.5,
                        "accepted with one typo: \"Medinksy\""));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("layersTable")
    void section3_layersTable(String keys, String typed, Rule rule, double points, String note) {
        Grade g = grade(shortQ(keys), typed);
        Verdict verdict = points == 1 ? Verdict.CORRECT : points == 0 ? Verdict.WRONG : Verdict.PARTIAL;
        check(g, points, verdict, rule);
        assertThat(g.note()).isEqualTo(Optional.ofNullable(note));
    }

    @Test
    void section3_theMedinskyPatternIsTheOneInQuestionFormat() {
        assertThat(block(FORMAT, "medinsky-former-post"))
                .contains(
                        "pattern: \"(?i)\\\\s*(the\\\\s+)?(former\\\\s+)?(russian\\\\s+)?(culture\\\\s+minister|minister\\\\s+of"
                                + "\\\\s+culture)\\\\s*\"");
        check(
                grade(docQuestion(FORMAT, "medinsky-former-post"), "Russian minister of culture"),
                1,
                Verdict.CORRECT,
                Rule.PATTERN);
    }

    @Test
    void section3_blankIsUnanswered_punctuationOrArticleIsAnswered() {
        Question q = shortQ("answer: Ankara");
        check(grade(q, "   "), 0, Verdict.UNANSWERED, Rule.UNANSWERED);
        check(grade(q, "..."), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(grade(q, "the"), 0, Verdict.WRONG, Rule.NO_MATCH);
    }

    // --- 4. Policies --------------------------------------------------------------------------------------------

    @Test
    void section4_exactPolicy() {
        Question q = shortQ("answer: Kremlin, match: exact");
        check(grade(q, "Kremlin"), 1, Verdict.CORRECT, Rule.EXACT);
        check(grade(q, "kremlin"), 1, Verdict.CORRECT, Rule.EXACT, "ignoring case");
        check(grade(q, "Kremlin."), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(
                grade(shortQ("answer: Kremlin, match: exact, case: sensitive"), "kremlin"),
                0,
                Verdict.WRONG,
                Rule.NO_MATCH);
        // no pattern and no number layer under exact
        check(grade(shortQ("answer: three, match: exact"), "3"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(
                grade(shortQ("answer: Kremlin, match: exact, pattern: 'the kremlin'"), "the Kremlin"),
                0,
                Verdict.WRONG,
                Rule.NO_MATCH);
    }

    @Test
    void section4_squadPolicy() {
        check(grade(shortQ("answer: the Kremlin, match: squad"), "Kremlin"), 1, Verdict.CORRECT, Rule.SQUAD);
        check(grade(shortQ("answer: Kremlin’s, match: squad"), "Kremlin's"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(grade(shortQ("answer: three, match: squad"), "3"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(grade(shortQ("answer: '35', match: squad"), "3.5"), 1, Verdict.CORRECT, Rule.SQUAD);
        // nothing else applies: no pattern, no forgiving, and case is always ignored
        check(
                grade(shortQ("answer: Kremlin, match: squad, pattern: 'moscow'"), "Moscow"),
                0,
                Verdict.WRONG,
                Rule.NO_MATCH);
        check(grade(shortQ("answer: US, match: squad, case: sensitive"), "us"), 1, Verdict.CORRECT, Rule.SQUAD);
        // expected wrong answers are still recognised, compared as under normalized
        check(
                grade(shortQ("answer: Ankara, match: squad, wrong: {Istanbul: 'No.'}"), "istanbul!"),
                0,
                Verdict.WRONG,
                Rule.ANTICIPATED);
        assertThat(TextNormalizer.squad("The Kremlin’s U.S.-led “deal”")).isEqualTo("kremlin’s usled “deal”");
    }

    // --- 5. Case ----------------------------------------------------------------------------------------------

    @Test
    void section5_caseSensitive() {
        Question q = shortQ("answer: US, case: sensitive");
        check(grade(q, "US"), 1, Verdict.CORRECT, Rule.EXACT);
        check(grade(q, "U.S."), 1, Verdict.CORRECT, Rule.NORMALIZED);
        check(grade(q, "The US"), 1, Verdict.CORRECT, Rule.NORMALIZED);
        check(grade(q, "us"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(grade(shortQ("answer: US"), "us"), 1, Verdict.CORRECT, Rule.NORMALIZED);
        // a pattern is case-insensitive unless case: sensitive
        check(
                grade(shortQ("answer: US, pattern: 'U\\.?S\\.?|United States'"), "united states"),
                1,
                Verdict.CORRECT,
                Rule.PATTERN);
        check(
                grade(shortQ("answer: US, case: sensitive, pattern: 'U\\.?S\\.?|United States'"), "united states"),
                0,
                Verdict.WRONG,
                Rule.NO_MATCH);
        // lenient counts a wrong capital as a slip
        check(
                grade(shortQ("answer: Medinsky, match: lenient, case: sensitive"), "medinsky"),
                1,
                Verdict.CORRECT,
                Rule.LENIENT,
                "accepted with one typo: \"medinsky\"");
    }

    // --- 6. Lenient -------------------------------------------------------------------------------------------

    @Test
    void section6_onlyAccentsDiffer_fullPointsWhateverTheTypoCredit() {
        check(
                grade(shortQ("answer: Erdoğan, match: lenient, typo-credit: 0.5"), "Erdogan"),
                1,
                Verdict.CORRECT,
                Rule.LENIENT,
                "accepted without accents");
        check(
                grade(
                        shortQ("answer: Luiz Inácio Lula da Silva, match: lenient, typo-credit: 0.5"),
                        "Luiz Inacio Lula da Silva"),
                1,
                Verdict.CORRECT,
                Rule.LENIENT,
                "accepted without accents");
    }

    @Test
    void section6_slipsForgivenByLength() {
        check(grade(shortQ("answer: war, match: lenient"), "wat"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(
                grade(shortQ("answer: Sumy, match: lenient"), "Sumi"),
                1,
                Verdict.CORRECT,
                Rule.LENIENT,
                "accepted with one typo: \"Sumi\"");
        check(
                grade(shortQ("answer: Medinsky, match: lenient"), "Medinksy"),
                1,
                Verdict.CORRECT,
                Rule.LENIENT,
                "accepted with one typo: \"Medinksy\"");
        check(grade(shortQ("answer: Medinsky, match: lenient"), "Medniksy"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(
                grade(shortQ("answer: Recep Tayyip Erdoğan, match: lenient"), "Recep Tayip Erdgoan"),
                1,
                Verdict.CORRECT,
                Rule.LENIENT,
                "accepted with two typos: \"Recep Tayip Erdgoan\"");
        assertThat(Typos.allowed("war")).isZero();
        assertThat(Typos.allowed("Sumy")).isEqualTo(1);
        assertThat(Typos.allowed("Medinsky")).isEqualTo(1);
        assertThat(Typos.allowed("Recep Tayyip Erdoğan")).isEqualTo(2);
        assertThat(Typos.distance("medinsky", "medniksy")).isEqualTo(2);
    }

    @Test
    void section6_typoCredit() {
        check(
                grade(shortQ("answer: Medinsky, match: lenient, typo-credit: 50%"), "Medinksy"),
                0.5,
                Verdict.PARTIAL,
                Rule.LENIENT,
                "accepted with one typo: \"Medinksy\"");
        check(
                grade(shortQ("answer: Medinsky, match: lenient, typo-credit: 0"), "Medinksy"),
                0,
                Verdict.WRONG,
                Rule.NO_MATCH);
        // only under lenient
        check(grade(shortQ("answer: Medinsky, typo-credit: 0.5"), "Medinksy"), 0, Verdict.WRONG, Rule.NO_MATCH);
    }

    @Test
    void section6_neverInNumbers() {
        Question q = shortQ("answer: spring 2022, match: lenient");
        check(grade(q, "spring 2023"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(grade(q, "sprng 2022"), 1, Verdict.CORRECT, Rule.LENIENT, "accepted with one typo: \"sprng 2022\"");
    }

    @Test
    void section6_neverTowardsAnotherBlank() {
        Question q = docQuestion(GRADING, "delegation-nationality");
        check(
                grade(q, "Rusian; Russia"),
                0.75,
                Verdict.PARTIAL,
                Rule.PER_BLANK,
                "blank 1: right (accepted with one typo: \"Rusian\"); blank 2: right");
        check(grade(q, "Russin; Russia"), 0.5, Verdict.PARTIAL, Rule.PER_BLANK, "blank 1: wrong; blank 2: right");
        assertThat(Typos.distance("rusian", "russian")).isEqualTo(1);
        assertThat(Typos.distance("rusian", "russia")).isEqualTo(2);
        assertThat(Typos.distance("russin", "russian")).isEqualTo(1);
        assertThat(Typos.distance("russin", "russia")).isEqualTo(1);
    }

    @Test
    void section6_neverTowardsAnExpectedWrongAnswer() {
        Question q = shortQ("answer: Russian, match: lenient, wrong: {Russia: 'The question asks for the adjective.'}");
        check(grade(q, "Rusian"), 1, Verdict.CORRECT, Rule.LENIENT);
        check(grade(q, "Russin"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(grade(q, "russia"), 0, Verdict.WRONG, Rule.ANTICIPATED);
    }

    // --- 7. F1 ------------------------------------------------------------------------------------------------

    @Test
    void section7_f1WorkedExample() {
        Question q = docQuestion(GRADING, "fomin-post");
        check(grade(q, "defence minister"), 0.8, Verdict.PARTIAL, Rule.F1, "80% of the words match");
        assertThat(TokenF1.f1("defence minister", "deputy defence minister")).isCloseTo(0.8, within(EPS));
        check(grade(q, "deputy foreign minister"), 2.0 / 3, Verdict.PARTIAL, Rule.F1, "67% of the words match");
        check(grade(q, "minister deputy defence"), 1, Verdict.CORRECT, Rule.F1, "100% of the words match");
        check(grade(q, "Deputy Defence Minister"), 1, Verdict.CORRECT, Rule.NORMALIZED);
        check(grade(q, "Lavrov"), 0, Verdict.WRONG, Rule.NO_MATCH);

        Question withWrong = items(
                block(GRADING, "fomin-post") + "    wrong: { deputy foreign minister: \"That is Galuzin's post.\" }\n");
        Grade g = grade(withWrong, "deputy foreign minister");
        check(g, 0, Verdict.WRONG, Rule.ANTICIPATED);
        assertThat(g.feedback()).containsExactly("That is Galuzin's post.");
    }

    @Test
    void section7_f1IgnoresCaseAndExact() {
        check(
                grade(shortQ("answer: Kremlin, match: exact, case: sensitive, credit: f1"), "kremlin"),
                1,
                Verdict.CORRECT,
                Rule.F1,
                "100% of the words match");
    }

    // --- 8. Expected wrong answers ----------------------------------------------------------------------------

    @Test
    void section8_expectedWrongAnswer() {
        Question q = docQuestion(GRADING, "zelenskiy-destination");
        Grade g = grade(q, "istanbul");
        check(g, 0, Verdict.WRONG, Rule.ANTICIPATED);
        assertThat(g.feedback())
                .containsExactly("Istanbul is where the talks are held; on Wednesday evening Zelenskiy"
                        + " was on his way to meet Erdoğan in Ankara (paragraph 15).");
        check(grade(q, "Ankara"), 1, Verdict.CORRECT, Rule.EXACT);
        // recognised after normalizing whatever the policy
        check(
                grade(shortQ("answer: Ankara, match: exact, wrong: {Istanbul: 'No.'}"), "ISTANBUL!"),
                0,
                Verdict.WRONG,
                Rule.ANTICIPATED);
    }

    @Test
    void section8_numberWrongAnswers() {
        Question q = docQuestion(GRADING, "sumy-death-toll");
        for (String a : List.of("35", "35 people", "thirty-five")) {
            Grade g = grade(q, a);
            check(g, 0, Verdict.WRONG, Rule.ANTICIPATED);
            assertThat(g.feedback())
                    .containsExactly("35 people were killed by the Palm Sunday attack, not by Wednesday's.");
        }
        Question tolerant = items("  - {id: n, type: number, prompt: p, answer: 30, tolerance: 5, wrong: {35: 'No.'},"
                + " evidence: {paragraph: 26}}\n");
        check(grade(tolerant, "35"), 1, Verdict.CORRECT, Rule.NUMBER);
    }

    // --- 9. Each kind -----------------------------------------------------------------------------------------

    @Test
    void section9_choice() {
        Question q = docQuestion(GRADING, "delegation-lead");
        check(grade(q, "b"), 2, Verdict.CORRECT, Rule.CHOICE);
        check(grade(q, "Vladimir Medinsky"), 2, Verdict.CORRECT, Rule.CHOICE);
        Grade wrong = grade(q, "a");
        check(wrong, -0.5, Verdict.WRONG, Rule.CHOICE);
        assertThat(wrong.feedback())
                .containsExactly(
                        "Lavrov is not being sent; see paragraph 11.",
                        "The Kremlin named Medinsky, who also led the 2022 round.");
        check(grade(q, ""), 0, Verdict.UNANSWERED, Rule.UNANSWERED);
        check(grade(q, "e"), 0, Verdict.WRONG, Rule.UNREADABLE, "'e' is not one of the choices");
    }

    @Test
    void section9_trueFalse() {
        Question q = items("  - {id: t, type: true-false, prompt: p, answer: false, penalty: 0.5,"
                + " evidence: {paragraph: 11}}\n");
        check(grade(q, "no"), 1, Verdict.CORRECT, Rule.CHOICE);
        check(grade(q, "yes"), -0.5, Verdict.WRONG, Rule.CHOICE);
    }

    /** delegation-members of question-format.md, as a 1-point question. */
    static String members(String extraKeys) {
        String yaml = block(FORMAT, "delegation-members");
        assertThat(yaml).contains("    points: 2\n");
        return yaml.replace("    points: 2\n", extraKeys);
    }

    @Test
    void section9_multiWorkedExample() {
        String note = "2 of 3 right choices picked, 1 wrong";
        check(grade(items(members("")), "a, b, d"), 1.0 / 3, Verdict.PARTIAL, Rule.RIGHT_MINUS_WRONG, note);
        check(
                grade(items(members("    scoring: right-minus-wrong\n")), "a, b, d"),
                1.0 / 3,
                Verdict.PARTIAL,
                Rule.RIGHT_MINUS_WRONG,
                note);
        check(
                grade(items(members("    scoring: all-or-nothing\n")), "a, b, d"),
                0,
                Verdict.WRONG,
                Rule.ALL_OR_NOTHING,
                note);
        check(
                grade(items(members("    scoring: per-option\n")), "a, b, d"),
                3.0 / 5,
                Verdict.PARTIAL,
                Rule.PER_OPTION,
                note);
        check(
                grade(items(members("    scoring: all-or-nothing\n")), "a, b, c"),
                1,
                Verdict.CORRECT,
                Rule.ALL_OR_NOTHING,
                "3 of 3 right choices picked");
    }

    @Test
    void section9_multiPerOption_leavingWrongOptionsAloneCounts() {
        Question q = items(members("    scoring: per-option\n"));
        check(grade(q, "a"), 3.0 / 5, Verdict.PARTIAL, Rule.PER_OPTION, "1 of 3 right choices picked");
        check(
                grade(q, "a; b; c; d; e"),
                3.0 / 5,
                Verdict.PARTIAL,
                Rule.PER_OPTION,
                "3 of 3 right choices picked, 2 wrong");
    }

    @Test
    void section9_multiPenalty_lostWhenTheShareIsZero() {
        check(
                grade(items(members("    scoring: all-or-nothing\n    penalty: 0.5\n")), "a, b, d"),
                -0.5,
                Verdict.WRONG,
                Rule.ALL_OR_NOTHING);
        check(grade(items(members("    penalty: 0.5\n")), "a, b, d"), 1.0 / 3, Verdict.PARTIAL, Rule.RIGHT_MINUS_WRONG);
        check(grade(items(members("    penalty: 0.5\n")), "a, d, e"), -0.5, Verdict.WRONG, Rule.RIGHT_MINUS_WRONG);
    }

    @Test
    void section9_numberWorkedExample() {
        Question q = docQuestion(GRADING, "sumy-death-toll");
        for (String a : List.of("3", "three", "3 people", "Three people.", "3,0")) {
            check(grade(q, a), 1, Verdict.CORRECT, Rule.NUMBER);
        }
        assertThat(grade(q, "3").expected()).isEqualTo("3 people");
        check(grade(q, "35"), 0, Verdict.WRONG, Rule.ANTICIPATED);
        check(grade(q, "4"), 0, Verdict.WRONG, Rule.NUMBER);
        check(grade(q, "a few"), 0, Verdict.WRONG, Rule.UNREADABLE, "'a few' is not a number");
        check(grade(q, "3 person"), 0, Verdict.WRONG, Rule.UNREADABLE, "'3 person' is not a number");
    }

    static Stream<Arguments> numberReadingTable() {
        return Stream.of(
                Arguments.of("-2", "-2"),
                Arguments.of("minus two", "-2"),
                Arguments.of("negative two", "-2"),
                Arguments.of("3.5", "3.5"),
                Arguments.of("3,5", "3.5"),
                Arguments.of("1,500", "1500"),
                Arguments.of("1 500", "1500"),
                Arguments.of("1.000.000", "1000000"),
                Arguments.of("1.000,5", "1000.5"),
                Arguments.of("1.500", "1.5"),
                Arguments.of("thirty-five", "35"),
                Arguments.of("one hundred and five", "105"),
                Arguments.of("fifteen hundred", "1500"),
                Arguments.of("two thousand and twenty-two", "2022"),
                Arguments.of("1.5 million", "1500000"),
                Arguments.of("3 thousand", "3000"),
                Arguments.of("Thirty-five.", "35"),
                Arguments.of("three and a half", null),
                Arguments.of("3½", null),
                Arguments.of("III", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberReadingTable")
    void section9_howNumbersAreRead(String written, String value) {
        assertThat(NumberParser.parse(written).map(v -> v.toPlainString())).isEqualTo(Optional.ofNullable(value));
        if (value != null) {
            Question q =
                    items("  - {id: n, type: number, prompt: p, answer: '" + value + "', evidence: {paragraph: 4}}\n");
            check(grade(q, written), 1, Verdict.CORRECT, Rule.NUMBER);
        }
    }

    @Test
    void section9_numberUnits() {
        Question days =
                items("  - {id: n, type: number, prompt: p, answer: 30, unit: days, evidence: {paragraph: 26}}\n");
        for (String a : List.of("30 days", "30-day", "30 day", "30")) {
            check(grade(days, a), 1, Verdict.CORRECT, Rule.NUMBER);
        }
        Question dollars =
                items("  - {id: n, type: number, prompt: p, answer: 5, unit: $, evidence: {paragraph: 1}}\n");
        check(grade(dollars, "$5"), 1, Verdict.CORRECT, Rule.NUMBER);
        Question percent =
                items("  - {id: n, type: number, prompt: p, answer: 35, unit: '%', evidence: {paragraph: 1}}\n");
        for (String a : List.of("35%", "35 percent", "35 per cent")) {
            check(grade(percent, a), 1, Verdict.CORRECT, Rule.NUMBER);
        }
    }

    @Test
    void section9_numberTolerance() {
        Question abs =
                items("  - {id: n, type: number, prompt: p, answer: 30, tolerance: 1, evidence: {paragraph: 26}}\n");
        check(grade(abs, "29"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(abs, "31"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(abs, "31.5"), 0, Verdict.WRONG, Rule.NUMBER);
        Question pct = items("  - {id: n, type: number, prompt: p, answer: 30, unit: days, tolerance: 10%,"
                + " evidence: {paragraph: 26}}\n");
        check(grade(pct, "27"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(pct, "33"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(pct, "33.1"), 0, Verdict.WRONG, Rule.NUMBER);
        check(grade(pct, "26.9"), 0, Verdict.WRONG, Rule.NUMBER);
        assertThat(grade(pct, "30").expected()).isEqualTo("30 days (± 10%)");
    }

    @Test
    void section9_numberWithSeveralAnswers() {
        Question q = docQuestion(GRADING, "earlier-contact");
        check(grade(q, "2019"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(q, "2022"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(q, "2020"), 0, Verdict.WRONG, Rule.NUMBER);
        assertThat(grade(q, "2022").expected()).isEqualTo("2019");
    }

    @Test
    void section9_commasInTheFileAreReadAsALearnersAre() {
        Question q = items("  - {id: n, type: number, prompt: p, answer: '1,000', evidence: {paragraph: 1}}\n");
        check(grade(q, "1000"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(q, "1,000"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(grade(q, "1"), 0, Verdict.WRONG, Rule.NUMBER);
        assertThat(NumberParser.parse("1,000").orElseThrow().toPlainString()).isEqualTo("1000");
    }

    @Test
    void section9_clozeWorkedExample() {
        Question q = docQuestion(FORMAT, "revive-2022-terms");
        assertThat(q.points()).isEqualTo(2.0);
        check(
                grade(q, "Medinsky; 2022; army; Eastern"),
                1.5,
                Verdict.PARTIAL,
                Rule.PER_BLANK,
                "blank 1: right; blank 2: right; blank 3: right; blank 4: wrong");
        check(
                grade(q, "Medinsky; 2022"),
                1,
                Verdict.PARTIAL,
                Rule.PER_BLANK,
                "blank 1: right; blank 2: right; blank 3: empty; blank 4: empty");
        check(grade(q, "Vladimir Medinsky; 2022; military; Western"), 2, Verdict.CORRECT, Rule.PER_BLANK);
    }

    @Test
    void section9_orderWorkedExample() {
        Question q = docQuestion(GRADING, "road-to-istanbul-4");
        check(grade(q, "a; b; c; d"), 1, Verdict.CORRECT, Rule.PAIRS, "6 of 6 pairs in the right order");
        check(grade(q, "b; a; c; d"), 5.0 / 6, Verdict.PARTIAL, Rule.PAIRS, "5 of 6 pairs in the right order");
        check(grade(q, "d; b; c; a"), 1.0 / 6, Verdict.PARTIAL, Rule.PAIRS, "1 of 6 pairs in the right order");
        check(grade(q, "d; c; b; a"), 0, Verdict.WRONG, Rule.PAIRS, "0 of 6 pairs in the right order");
        Question all = items(block(GRADING, "road-to-istanbul-4") + "    scoring: all-or-nothing\n");
        check(grade(all, "b; a; c; d"), 0, Verdict.WRONG, Rule.ALL_OR_NOTHING, "5 of 6 pairs in the right order");
        check(grade(all, "a; b; c; d"), 1, Verdict.CORRECT, Rule.ALL_OR_NOTHING);
        // the four items are those of road-to-istanbul in question-format.md, in the same order
        assertThat(block(FORMAT, "road-to-istanbul"))
                .contains(block(GRADING, "road-to-istanbul-4")
                        .lines()
                        .filter(l -> l.startsWith("      - "))
                        .reduce("", (a, l) -> a + l + "\n"));
    }

    @Test
    void section9_matchWorkedExample() {
        Question q = docQuestion(FORMAT, "delegation-roles");
        assertThat(q.points()).isEqualTo(2.0);
        check(grade(q, "a = 1; b = 3; c = 2; d = 4"), 1, Verdict.PARTIAL, Rule.PER_PAIR, "2 of 4 pairs right");
        check(
                grade(q, "Vladimir Medinsky = former culture minister; Alexander Fomin -> deputy defence minister"),
                1,
                Verdict.PARTIAL,
                Rule.PER_PAIR,
                "2 of 4 pairs right");
        check(grade(q, "a = 1; b = 2; c = 3; d = 4"), 2, Verdict.CORRECT, Rule.PER_PAIR, "4 of 4 pairs right");
    }

    @Test
    void section9_evidenceWorkedExample() {
        Question q = docQuestion(GRADING, "trump-condition");
        check(grade(q, "3.2"), 1, Verdict.CORRECT, Rule.SENTENCE);
        check(grade(q, "19.1"), 1, Verdict.CORRECT, Rule.SENTENCE);
        check(grade(q, "3.1"), 0.5, Verdict.PARTIAL, Rule.NEAR, "the right paragraph");
        check(grade(q, "3"), 0.5, Verdict.PARTIAL, Rule.NEAR, "the right paragraph");
        check(grade(q, "19"), 0, Verdict.WRONG, Rule.SENTENCE);
        check(grade(q, "19.2"), 0, Verdict.WRONG, Rule.SENTENCE);
        check(grade(q, "3.9"), 0, Verdict.WRONG, Rule.UNREADABLE, "the article has no sentence 3.9");
        assertThat(grade(q, "4.1").feedback().get(0))
                .isEqualTo("The supporting sentence is 3.2: “Trump had previously"
                        + " suggested he would travel to Turkey only if Putin were present.”");
        String yaml = block(GRADING, "trump-condition");
        check(grade(items(yaml + "    near: 25%\n"), "3.1"), 0.25, Verdict.PARTIAL, Rule.NEAR);
        check(grade(items(yaml + "    near: 0\n"), "3.1"), 0, Verdict.WRONG, Rule.NEAR);
    }

    // --- 10. Negative marking ---------------------------------------------------------------------------------

    private static final SessionOptions IN_ORDER =
            new SessionOptions(SessionOptions.Mode.EXAM, false, 7, Optional.empty());

    /** Answers the questions in order; null leaves one blank. */
    static Summary take(QuestionSet set, String... answers) {
        Session s = Session.start(set, IN_ORDER);
        for (int i = 0; i < answers.length; i++) {
            s = s.answer(answers[i] == null ? "" : answers[i]);
            s = i < answers.length - 1 ? s.next() : s;
        }
        return s.summary();
    }

    @Test
    void section10_negativeMarkingWorkedExample() {
        String yaml = asSet(block(GRADING, "putin-goes")).orElseThrow();
        QuestionSet set = Quiz.set(yaml);
        // putin-goes false, trump-skips true, lavrov-goes false, lula-pushes true
        Summary oneWrong = take(set, "false", "true", "false", "false");
        assertThat(oneWrong.score()).isEqualTo(2.5);
        assertThat(oneWrong.max()).isEqualTo(4.0);
        assertThat(oneWrong.percent()).isEqualTo(62.5);
        assertThat(oneWrong.passed()).hasValue(true);
        assertThat(oneWrong.items().get(3).grade().orElseThrow().earned()).isEqualTo(-0.5);

        Summary blank = take(set, "false", "true", "false", null);
        assertThat(blank.score()).isEqualTo(3.0);
        assertThat(blank.percent()).isEqualTo(75.0);
        assertThat(blank.passed()).hasValue(true);

        Summary threeWrong = take(set, "false", "false", "true", "false");
        assertThat(threeWrong.items().stream().mapToDouble(SessionItem::earned).sum())
                .isEqualTo(-0.5);
        assertThat(threeWrong.score()).isZero();
        assertThat(threeWrong.percent()).isZero();
        assertThat(threeWrong.passed()).hasValue(false);

        QuestionSet allowed = Quiz.set(yaml.replace("penalty: 50%\n", "penalty: 50%\nnegative-total: allowed\n"));
        Summary negative = take(allowed, "false", "false", "true", "false");
        assertThat(negative.score()).isEqualTo(-0.5);
        assertThat(negative.percent()).isEqualTo(-12.5);
        assertThat(negative.passed()).hasValue(false);
    }

    @Test
    void section10_questionOverridesTheSetPenalty() {
        QuestionSet set = Quiz.set("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                penalty: 50%
                questions:
                  - { id: a, type: true-false, prompt: p, answer: false, evidence: { paragraph: 1 } }
                  - { id: b, type: true-false, prompt: p, answer: false, penalty: 0, evidence: { paragraph: 1 } }
                  - { id: c, type: short, prompt: p, answer: Ankara, evidence: { paragraph: 15 } }
                """);
        Summary s = take(set, "true", "true", "Istanbul");
        // (a wrong answer without penalty comes out as -0.0, so compare as numbers, not as Double objects)
        assertThat(s.items().stream()
                        .mapToDouble(SessionItem::earned)
                        .map(p -> p + 0.0)
                        .boxed()
                        .toList())
                .containsExactly(-0.5, 0.0, 0.0);
        assertThat(s.items()).extracting(i -> i.grade().orElseThrow().verdict()).containsOnly(Verdict.WRONG);
    }

    // --- 11. Unanswered ---------------------------------------------------------------------------------------

    @Test
    void section11_unansweredIsCountedApart() {
        QuestionSet set = Quiz.set(asSet(block(GRADING, "putin-goes")).orElseThrow());
        Session s = Session.start(set, IN_ORDER)
                .answer("true")
                .next()
                .answer("  ")
                .next()
                .skip();
        Summary summary = s.summary();
        assertThat(summary.count(Verdict.WRONG)).isEqualTo(1);
        assertThat(summary.count(Verdict.UNANSWERED)).isEqualTo(3); // blank, skipped, never reached
        assertThat(summary.score()).isZero();
        assertThat(summary.items().get(1).grade().orElseThrow().verdict()).isEqualTo(Verdict.UNANSWERED);
    }

    // --- 12. Sessions -----------------------------------------------------------------------------------------

    @Test
    void section12_sameSeedSameSession_andOrderItemsNeverShownInOrder() {
        QuestionSet set = Quiz.set("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nshuffle: true\nquestions:\n"
                + block(GRADING, "delegation-lead") + block(GRADING, "road-to-istanbul-4")
                + block(GRADING, "trump-condition"));
        for (long seed = 0; seed < 30; seed++) {
            Session one = Session.start(set, SessionOptions.practice(seed));
            Session two = Session.start(set, SessionOptions.practice(seed));
            assertThat(one.items()).isEqualTo(two.items());
            assertThat(one.summary().seed()).isEqualTo(seed);
            SessionItem order = one.items().stream()
                    .filter(i -> i.question().id().equals("road-to-istanbul-4"))
                    .findFirst()
                    .orElseThrow();
            assertThat(order.presentation().order()).isNotEqualTo(List.of(0, 1, 2, 3));
        }
        Session unshuffled = Session.start(set, IN_ORDER);
        assertThat(unshuffled.items())
                .extracting(i -> i.question().id())
                .containsExactly("delegation-lead", "road-to-istanbul-4", "trump-condition");
    }

    @Test
    void section12_setWithoutShuffle_keepsQuestionOrderButShufflesOptions() {
        QuestionSet set = Quiz.set("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n"
                + block(GRADING, "trump-condition") + block(GRADING, "road-to-istanbul-4"));
        for (long seed = 0; seed < 10; seed++) {
            Session s = Session.start(set, SessionOptions.practice(seed));
            assertThat(s.items())
                    .extracting(i -> i.question().id())
                    .containsExactly("trump-condition", "road-to-istanbul-4");
            assertThat(s.items().get(1).presentation().order()).isNotEqualTo(List.of(0, 1, 2, 3));
        }
    }

    @Test
    void section12_practiceOverride_andAnsweringAgain() {
        QuestionSet set = Quiz.set("questions:\n" + block(GRADING, "fomin-post"));
        SessionOptions practice = new SessionOptions(SessionOptions.Mode.PRACTICE, false, 1, Optional.empty());
        Session s = Session.start(set, practice).answer("defence minister");
        assertThat(s.current().grade().orElseThrow().verdict()).isEqualTo(Verdict.PARTIAL);
        Session overridden = s.overrideAsRight();
        Grade g = overridden.current().grade().orElseThrow();
        assertThat(g.earned()).isEqualTo(1.0);
        assertThat(g.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(g.note()).hasValue("marked right by the learner");
        assertThat(overridden.current().overridden()).isTrue();
        assertThat(s.answer("Lavrov").current().grade().orElseThrow().verdict()).isEqualTo(Verdict.WRONG);

        SessionOptions exam = new SessionOptions(SessionOptions.Mode.EXAM, false, 1, Optional.empty());
        assertThatThrownBy(() ->
                        Session.start(set, exam).answer("defence minister").overrideAsRight())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void section12_someQuestionsOnly_totalOutOfThosePoints() {
        QuestionSet set = Quiz.set("questions:\n" + block(GRADING, "delegation-lead") + block(GRADING, "fomin-post"));
        Session s = Session.start(set, SessionOptions.practice(3).onlyQuestions(List.of("fomin-post")));
        assertThat(s.answer("deputy defence minister").summary().max()).isEqualTo(1.0);
        assertThat(s.answer("deputy defence minister").summary().percent()).isEqualTo(100.0);
    }

    // --- claims of question-format.md about grading ------------------------------------------------------------

    @Test
    void formatDoc_setLevelExample() {
        String yaml = asSet(block(FORMAT, "ankara-host")).orElseThrow();
        QuestionSet set = Quiz.set(yaml);
        Question host = question(yaml, "ankara-host");
        check(grade(host, "Erdogan"), 1, Verdict.CORRECT, Rule.LENIENT, "accepted without accents");
        check(grade(host, "Erdgoan"), 0.5, Verdict.PARTIAL, Rule.LENIENT, "accepted with one typo: \"Erdgoan\"");
        check(grade(question(yaml, "lavrov-sent"), "true"), -0.25, Verdict.WRONG, Rule.CHOICE);
        assertThat(set.negativeTotal()).isFalse();
    }

    @Test
    void formatDoc_choicePenalty_randomGuessGainsASixteenth() {
        Question q = docQuestion(FORMAT, "ceasefire-objection");
        double average = 0;
        for (String letter : List.of("a", "b", "c", "d")) {
            average += grade(q, letter).earned() / 4;
        }
        assertThat(average).isCloseTo(1.0 / 16, within(EPS));
        assertThat(grade(q, "b").earned()).isEqualTo(-0.25);
    }

    @Test
    void formatDoc_multiAndTrueFalse() {
        Question members = docQuestion(FORMAT, "delegation-members");
        assertThat(grade(members, "Alexander Fomin; Mikhail Galuzin; Yuri Ushakov")
                        .fraction())
                .isCloseTo(1.0 / 3, within(EPS));
        Question diplomats = docQuestion(FORMAT, "senior-diplomats");
        check(grade(diplomats, "a; b"), 1, Verdict.CORRECT, Rule.ALL_OR_NOTHING);
        check(grade(diplomats, "a"), -0.5, Verdict.WRONG, Rule.ALL_OR_NOTHING);
        check(grade(docQuestion(FORMAT, "senior-diplomats-absent"), "true"), -1, Verdict.WRONG, Rule.CHOICE);
    }

    @Test
    void formatDoc_shortExamples() {
        Question evening = docQuestion(FORMAT, "wednesday-evening");
        check(grade(evening, "Ankra"), 0.5, Verdict.PARTIAL, Rule.LENIENT, "accepted with one typo: \"Ankra\"");
        check(grade(evening, "Istanbul"), 0, Verdict.WRONG, Rule.ANTICIPATED);
        check(
                grade(docQuestion(FORMAT, "kostyukov-post"), "head of military intelligence"),
                0.8,
                Verdict.PARTIAL,
                Rule.F1,
                "80% of the words match");
        Question us = docQuestion(FORMAT, "us-abbreviation");
        check(grade(us, "US"), 1, Verdict.CORRECT, Rule.EXACT);
        check(grade(us, "us"), 0, Verdict.WRONG, Rule.NO_MATCH);
        check(grade(us, "U.S."), 0, Verdict.WRONG, Rule.NO_MATCH);
    }

    @Test
    void formatDoc_numberClozeOrderMatchEvidence() {
        check(grade(docQuestion(FORMAT, "sumy-death-toll"), "35"), 0, Verdict.WRONG, Rule.ANTICIPATED);
        check(grade(docQuestion(FORMAT, "earlier-contact"), "2019"), 1, Verdict.CORRECT, Rule.NUMBER);
        check(
                grade(docQuestion(FORMAT, "delegation-names"), "Fomn; Galuzin; Kostyukov"),
                2.5,
                Verdict.PARTIAL,
                Rule.PER_BLANK,
                "blank 1: right (accepted with one typo: \"Fomn\"); blank 2: right; blank 3: right");
        Question order = docQuestion(FORMAT, "who-called-first");
        check(grade(order, "b; a; c"), 0, Verdict.WRONG, Rule.ALL_OR_NOTHING, "2 of 3 pairs in the right order");
        check(grade(docQuestion(FORMAT, "delegation-roles"), "a = 1; b = 2"), 1, Verdict.PARTIAL, Rule.PER_PAIR);
        Question near = docQuestion(FORMAT, "trump-condition-near");
        check(grade(near, "3.1"), 0.25, Verdict.PARTIAL, Rule.NEAR);
        check(grade(near, "3"), 0.25, Verdict.PARTIAL, Rule.NEAR);
        check(grade(near, "19.2"), 0, Verdict.WRONG, Rule.SENTENCE);
        check(grade(docQuestion(FORMAT, "maximalist-demands"), "10.1"), 1, Verdict.CORRECT, Rule.SENTENCE);
    }

    @Test
    void formatDoc_aCommaInANumberAnswerIsADecimalComma() {
        check(
                grade(items("  - {id: n, type: number, prompt: p, answer: '3,5', evidence: {paragraph: 1}}\n"), "3.5"),
                1,
                Verdict.CORRECT,
                Rule.NUMBER);
    }
}
