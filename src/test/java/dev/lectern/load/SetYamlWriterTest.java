package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.article.SentenceRef;
import dev.lectern.article.Span;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.Tolerance;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SetYamlWriterTest {
    private static final Article SEED = Snippets.load("title: t\narticle: " + Snippets.ARTICLE
                    + "\nquestions:\n  - { id: a, type: true-false, prompt: p, answer: true }\n")
            .set()
            .orElseThrow()
            .article();

    private static final String LONG = "A choice that goes on and on, with words, commas, and: colons, far beyond"
            + " the width of any line the emitter would like to write in one piece";

    static Stream<Path> setFiles() throws IOException {
        return SetFiles.yamlIn(Path.of("questions"), Path.of("src/test/resources/sets/valid")).stream();
    }

    @ParameterizedTest
    @MethodSource("setFiles")
    void bundledAndFixtureSets_loadWriteLoad_giveEqualSets(Path file) {
        LoadResult first = Snippets.loaderWith(Path.of("seeds")).load(file, file.toString());
        QuestionSet set = first.set().orElseThrow();
        String yaml = SetYamlWriter.write(set);
        LoadResult again = Snippets.loaderWith(Path.of("seeds")).load(yaml, file.getParent(), "written.yaml");
        assertThat(again.problems())
                .as(yaml)
                .extracting(Problem::message)
                .containsExactlyInAnyOrderElementsOf(
                        first.problems().stream().map(Problem::message).toList());
        assertSameSet(again.set().orElseThrow(), set, yaml);
        assertThat(SetYamlWriter.write(again.set().orElseThrow())).isEqualTo(yaml);
    }

    @Test
    void everyType_withAwkwardTexts_loadsBackEqual() {
        String awkward = "True or false: Lavrov is going #11, \"quoted\" 'and' \\back\\slash [x] {y} & *z ! | > % @ `";
        List<Question> questions = List.of(
                new ChoiceQuestion(
                        header("c1", awkward, List.of(quote(2, "its delegation would be led by Vladimir Medinsky"))),
                        List.of("no", "3.10", "Vladimir Medinsky", "yes: really"),
                        2,
                        Map.of("no", "Not 'no' #1"),
                        0.25),
                new MultiQuestion(
                        header("010", "[[not a blank]] in a prompt", List.of()),
                        List.of("true", "null", "~", "  spaced  ", LONG),
                        Set.of(0, 3),
                        Map.of(LONG, LONG + " " + LONG),
                        MultiScoring.PER_OPTION,
                        0),
                new TrueFalseQuestion(
                        header("t1", "Line one\nline two", List.of(paragraph(9), paragraph(11))),
                        false,
                        Optional.of("Wrong: see 11"),
                        Optional.empty(),
                        1),
                new ShortQuestion(
                        header("s1", "Who?", List.of(sentence(15, 1))),
                        List.of("Erdoğan", "‘Erdogan’"),
                        Optional.of(Pattern.compile("(?i)\\s*erdo(g|ğ)an\\s*")),
                        new TextMatching(MatchPolicy.LENIENT, true, 0.5),
                        TextCredit.F1,
                        List.of(new WrongAnswer("Istanbul", "No: \"Ankara\""))),
                new NumberQuestion(
                        header("n1", "How many?", List.of()),
                        List.of(new BigDecimal("3.10"), new BigDecimal("-2")),
                        new Tolerance(new BigDecimal("5"), true),
                        Optional.of("km/h"),
                        List.of(new WrongAnswer("35", "That was Palm Sunday"))),
                new ClozeQuestion(
                        header("z1", ClozeReader.DEFAULT_PROMPT, List.of()),
                        List.of("", " leads, with ", ": done."),
                        List.of(
                                new ClozeQuestion.Blank(List.of("Medinsky")),
                                new ClozeQuestion.Blank(List.of("Fomin", "Alexander Fomin"))),
                        TextMatching.DEFAULT),
                new OrderQuestion(
                        header("o1", "Order?", List.of()),
                        List.of("# first", "second: b", "'third'", "- dash"),
                        OrderScoring.ALL_OR_NOTHING),
                new MatchQuestion(
                        header("m1", "Match?", List.of()),
                        List.of(new MatchQuestion.Pair("a: b", "c #d"), new MatchQuestion.Pair("true", "1"))),
                new EvidenceQuestion(
                        header("e1", "Claim: x.", List.of()),
                        new SentenceRef(28, 1),
                        List.of(new SentenceRef(10, 1)),
                        0.25));
        String yaml = SetYamlWriter.write(
                new SetYamlWriter.SetInfo(
                        "Title: with colon",
                        Optional.of("#not a comment"),
                        Snippets.ARTICLE,
                        true,
                        OptionalDouble.of(0.575),
                        true,
                        List.of("yaml-language-server: x")),
                SEED,
                questions.stream().map(SetYamlWriter.Entry::of).toList());
        LoadResult loaded = Snippets.load(yaml);
        assertThat(loaded.problems())
                .as(yaml)
                .extracting(Problem::message)
                .allMatch(m -> m.contains("has no evidence"));
        QuestionSet set = loaded.set().orElseThrow();
        assertThat(set.title()).isEqualTo("Title: with colon");
        assertThat(set.description()).contains("#not a comment");
        assertThat(set.shuffle()).isTrue();
        assertThat(set.passMark()).hasValue(0.575);
        assertThat(set.negativeTotal()).isTrue();
        // The evidence question's answer sentence becomes its evidence on loading, as it would for a teacher's file.
        List<Question> expected = questions.stream()
                .map(q -> q instanceof EvidenceQuestion e
                        ? new EvidenceQuestion(
                                header("e1", "Claim: x.", List.of(sentence(28, 1))), e.answer(), e.accept(), e.near())
                        : q)
                .toList();
        assertSameQuestions(set.questions(), expected, yaml);
    }

    @Test
    void comments_standAboveTheirQuestion_andTheFileStillLoads() {
        Question q = new TrueFalseQuestion(
                header("lavrov-sent", "Lavrov is in the delegation.", List.of()),
                false,
                Optional.empty(),
                Optional.empty(),
                0);
        String yaml = SetYamlWriter.write(
                SetYamlWriter.SetInfo.of("Draft", Snippets.ARTICLE)
                        .withHeaderComments(
                                List.of("yaml-language-server: $schema=../schema/question-set.schema.json")),
                SEED,
                List.of(new SetYamlWriter.Entry(q, List.of("from sentence 11.1", "check the answer"))));
        assertThat(yaml).isEqualTo("""
                # yaml-language-server: $schema=../schema/question-set.schema.json
                title: Draft
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  # from sentence 11.1
                  # check the answer
                  - id: lavrov-sent
                    type: true-false
                    prompt: Lavrov is in the delegation.
                    answer: false
                    explain: 'Because: "it says so".'
                """);
        assertThat(Snippets.problems(yaml))
                .containsExactly("q.yaml:7:5: warning: question 'lavrov-sent' has no"
                        + " evidence; add evidence: { paragraph: N } or { quote: \"…\" } so learners see where the answer"
                        + " comes from");
    }

    @Test
    void evidence_isWrittenAsParagraphSentenceOrQuote() {
        Question q = new ChoiceQuestion(
                header(
                        "lead",
                        "Who leads?",
                        List.of(
                                paragraph(9),
                                sentence(16, 2),
                                quote(2, "its delegation would be led by Vladimir Medinsky"))),
                List.of("Medinsky", "Lavrov"),
                0,
                Map.of(),
                0);
        String yaml = SetYamlWriter.write(
                SetYamlWriter.SetInfo.of("T", Snippets.ARTICLE), SEED, List.of(SetYamlWriter.Entry.of(q)));
        assertThat(yaml).contains("""
                    evidence:
                      - {paragraph: 9}
                      - {sentence: "16.2"}
                      - {paragraph: 2, quote: "its delegation would be led by Vladimir Medinsky"}
                """);
    }

    private static void assertSameSet(QuestionSet actual, QuestionSet expected, String yaml) {
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.article()).isEqualTo(expected.article());
        assertThat(actual.shuffle()).isEqualTo(expected.shuffle());
        assertThat(actual.passMark()).isEqualTo(expected.passMark());
        assertThat(actual.negativeTotal()).isEqualTo(expected.negativeTotal());
        assertSameQuestions(actual.questions(), expected.questions(), yaml);
    }

    /** Records compare a compiled Pattern by identity: compare the text (which shows the pattern) and its flags. */
    private static void assertSameQuestions(List<Question> actual, List<Question> expected, String yaml) {
        assertThat(actual).as(yaml).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).toString())
                    .as(yaml)
                    .isEqualTo(expected.get(i).toString());
            if (expected.get(i) instanceof ShortQuestion s) {
                assertThat(((ShortQuestion) actual.get(i)).pattern().map(Pattern::flags))
                        .isEqualTo(s.pattern().map(Pattern::flags));
            }
        }
    }

    private static QuestionHeader header(String id, String prompt, List<Passage> evidence) {
        return new QuestionHeader(
                id,
                prompt,
                evidence,
                Optional.of("Because: \"it says so\"."),
                Optional.empty(),
                id.equals("c1") ? 2.5 : 1);
    }

    private static Passage paragraph(int n) {
        return Passage.wholeParagraph(SEED.paragraph(n));
    }

    private static Passage sentence(int p, int s) {
        return Passage.sentence(SEED.paragraph(p), s);
    }

    private static Passage quote(int p, String text) {
        int at = SEED.paragraph(p).text().indexOf(text);
        return new Passage(p, new Span(at, at + text.length()));
    }
}
