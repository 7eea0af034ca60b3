package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.Tolerance;
import dev.lectern.model.TrueFalseQuestion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One set using every question type and every evidence form: it loads cleanly, and the model holds it right. */
class LoaderValidSetTest {

    static final String EVERY_TYPE = """
            title: Istanbul talks
            description: Who goes, who stays away.
            article: 000_d9e472c27e1e5fdd.txt
            shuffle: true
            pass: 60%
            match: lenient
            questions:
              - id: delegation-lead
                type: choice
                prompt: Who leads the Russian delegation?
                choices: [Sergey Lavrov, Vladimir Medinsky, Yuri Ushakov]
                answer: Vladimir Medinsky
                feedback:
                  Sergey Lavrov: He is not being sent.
                evidence: { paragraph: 2, quote: "led by Vladimir Medinsky" }
                explain: Paragraph 2 names him.
                hint: A hardline aide.
                points: 2.5
              - id: delegation-members
                type: multi
                prompt: Who joins Medinsky in Istanbul?
                choices: [Alexander Fomin, Sergey Lavrov, Mikhail Galuzin]
                answers: [Alexander Fomin, Mikhail Galuzin]
                evidence: { paragraph: 9 }
              - id: trump-skips
                type: true-false
                prompt: Donald Trump will attend the talks.
                answer: false
                feedback: { true: Read paragraph 3 again., false: Right. }
                evidence: { sentence: 3.1 }
              - id: announcement
                type: short
                prompt: Whose announcement came shortly before the US official spoke?
                answers: [the Kremlin, Kremlin]
                pattern: "(the )?kremlin('s)?"
                evidence: { quote: "Kremlin's announcement" }
              - id: sumy-dead
                type: number
                prompt: How many people died in the attack on Sumy on Palm Sunday?
                answer: 35
                tolerance: 5%
                unit: people
                evidence: { sentence: "4.2" }
              - id: ceasefire-days
                type: cloze
                text: Ukraine is expected to call for a full [[30|thirty]]-day [[ceasefire]].
                evidence: [{ paragraph: 26 }, { sentence: 27.1 }]
              - id: events
                type: order
                prompt: Put these in order.
                items: [Kremlin statement, US official speaks, Missile attack on Sumy]
                evidence: { paragraph: [2, 3] }
              - id: people
                type: match
                prompt: Match each person to their role.
                pairs:
                  Medinsky: Putin aide
                  Fomin: deputy defence minister
                  Galuzin: deputy foreign minister
                evidence:
                  - paragraph: 9
                    quote: deputy defence minister Alexander Fomin
                  - sentence: [2.1, 9.1]
              - id: no-lavrov
                type: evidence
                prompt: Which sentence says Lavrov is not sent?
                answer: "11.1"
                accept: [11.1]
            """;

    private static LoadResult result;
    private static QuestionSet set;
    private static Article article;

    @BeforeAll
    static void load() {
        result = Snippets.load(EVERY_TYPE);
        set = result.set().orElseThrow(() -> new AssertionError(Snippets.shown(result)));
        article = set.article();
    }

    private static <Q extends Question> Q question(int index, Class<Q> type) {
        return type.cast(set.questions().get(index));
    }

    private static List<String> evidenceTexts(Question q) {
        return q.evidence().stream().map(article::text).toList();
    }

    @Test
    void everyTypeAndEvidenceForm_loadsWithNoProblems() {
        assertThat(Snippets.shown(result)).isEmpty();
        assertThat(set.questions())
                .extracting(Question::typeName)
                .containsExactly(
                        "choice", "multi", "true-false", "short", "number", "cloze", "order", "match", "evidence");
    }

    @Test
    void setOptions_areRead() {
        assertThat(set.title()).isEqualTo("Istanbul talks");
        assertThat(set.description()).hasValue("Who goes, who stays away.");
        assertThat(set.shuffle()).isTrue();
        assertThat(set.passMark()).hasValue(0.6);
        assertThat(question(3, ShortQuestion.class).matching().policy()).isEqualTo(MatchPolicy.LENIENT);
        assertThat(set.maxPoints()).isEqualTo(10.5);
    }

    @Test
    void choice_answerIsTheIndexOfItsChoice() {
        ChoiceQuestion q = question(0, ChoiceQuestion.class);
        assertThat(q.answer()).isEqualTo(1);
        assertThat(q.answerText()).isEqualTo("Vladimir Medinsky");
        assertThat(q.feedback()).isEqualTo(Map.of("Sergey Lavrov", "He is not being sent."));
        assertThat(q.header().explain()).hasValue("Paragraph 2 names him.");
        assertThat(q.header().hint()).hasValue("A hardline aide.");
        assertThat(q.points()).isEqualTo(2.5);
    }

    @Test
    void quoteEvidence_isExactlyTheArticleTextItPointsAt() {
        Passage passage = question(0, ChoiceQuestion.class).evidence().get(0);
        assertThat(passage.paragraph()).isEqualTo(2);
        assertThat(article.text(passage)).isEqualTo("led by Vladimir Medinsky");
        assertThat(article.paragraph(2).text().indexOf("led by Vladimir Medinsky"))
                .isEqualTo(passage.span().start());
    }

    @Test
    void straightQuotesInTheYaml_matchCurlyQuotesInTheArticle() {
        assertThat(evidenceTexts(question(3, ShortQuestion.class))).containsExactly("Kremlin\u2019s announcement");
    }

    @Test
    void multi_answersAreIndexesOfTheirChoices() {
        assertThat(question(1, MultiQuestion.class).answers()).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void trueFalse_readsAnswerAndBothFeedbacks() {
        TrueFalseQuestion q = question(2, TrueFalseQuestion.class);
        assertThat(q.answer()).isFalse();
        assertThat(q.feedbackIfTrue()).hasValue("Read paragraph 3 again.");
        assertThat(q.feedbackIfFalse()).hasValue("Right.");
        assertThat(evidenceTexts(q))
                .containsExactly("Shortly after the Kremlin\u2019s announcement, a US official"
                        + " said Donald Trump would also skip the talks.");
    }

    @Test
    void short_keepsEveryAnswerAndACaseBlindPattern() {
        ShortQuestion q = question(3, ShortQuestion.class);
        assertThat(q.answers()).containsExactly("the Kremlin", "Kremlin");
        assertThat(q.pattern())
                .hasValueSatisfying(
                        p -> assertThat(p.matcher("The KREMLIN's").matches()).isTrue());
    }

    @Test
    void number_readsAnswerToleranceAndUnit() {
        NumberQuestion q = question(4, NumberQuestion.class);
        assertThat(q.answers())
                .singleElement()
                .satisfies(a -> assertThat(a).isEqualByComparingTo(BigDecimal.valueOf(35)));
        assertThat(q.tolerance()).isEqualTo(new Tolerance(new BigDecimal("5"), true));
        assertThat(q.unit()).hasValue("people");
        assertThat(evidenceTexts(q))
                .containsExactly("A Russian missile attack on the city on Palm Sunday killed 35" + " people.");
    }

    @Test
    void cloze_splitsSegmentsAndBlanksWithAlternates() {
        ClozeQuestion q = question(5, ClozeQuestion.class);
        assertThat(q.prompt()).isEqualTo("Fill in the blanks.");
        assertThat(q.segments()).containsExactly("Ukraine is expected to call for a full ", "-day ", ".");
        assertThat(q.blanks())
                .containsExactly(
                        new ClozeQuestion.Blank(List.of("30", "thirty")),
                        new ClozeQuestion.Blank(List.of("ceasefire")));
        assertThat(q.evidence()).extracting(Passage::paragraph).containsExactly(26, 27);
    }

    @Test
    void order_keepsItemsInTheirWrittenOrder() {
        OrderQuestion q = question(6, OrderQuestion.class);
        assertThat(q.items()).containsExactly("Kremlin statement", "US official speaks", "Missile attack on Sumy");
        assertThat(q.evidence())
                .containsExactly(
                        Passage.wholeParagraph(article.paragraph(2)), Passage.wholeParagraph(article.paragraph(3)));
    }

    @Test
    void match_keepsPairsInTheirWrittenOrder() {
        MatchQuestion q = question(7, MatchQuestion.class);
        assertThat(q.pairs())
                .containsExactly(
                        new MatchQuestion.Pair("Medinsky", "Putin aide"),
                        new MatchQuestion.Pair("Fomin", "deputy defence minister"),
                        new MatchQuestion.Pair("Galuzin", "deputy foreign minister"));
        assertThat(evidenceTexts(q))
                .containsExactly(
                        "deputy defence minister Alexander Fomin",
                        article.paragraph(2).sentence(1),
                        article.paragraph(9).sentence(1));
    }

    @Test
    void evidenceQuestion_defaultEvidenceIsItsAnswerSentence() {
        EvidenceQuestion q = question(8, EvidenceQuestion.class);
        assertThat(q.answer()).isEqualTo(new SentenceRef(11, 1));
        assertThat(q.accept()).containsExactly(new SentenceRef(11, 1));
        assertThat(q.evidence()).containsExactly(Passage.sentence(article.paragraph(11), 1));
        assertThat(evidenceTexts(q).get(0)).startsWith("Notably, the Kremlin is not sending");
    }
}
