package dev.lectern.load;

import static dev.lectern.load.Snippets.load;
import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Evidence proved against the seed article (29 paragraphs): what does not exist, and quotes that miss. */
class LoaderEvidenceTest {

    /** A short question on line 4 whose evidence (on line 7, from column 15) is {@code evidence}. */
    private static String withEvidence(String evidence) {
        return """
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: short
                    prompt: Who leads the delegation?
                    answer: Medinsky
                    evidence: %s
                """.formatted(evidence);
    }

    @Test
    void paragraphOutOfRange_saysHowManyThereAre() {
        assertThat(problems(withEvidence("{ paragraph: 30 }")))
                .containsExactly("q.yaml:8:28: error: paragraph 30 does not exist: the article has 29 paragraphs");
    }

    @Test
    void paragraphZeroOrNotANumber_asksForAWholeNumber() {
        assertThat(problems(withEvidence("{ paragraph: 0 }")))
                .containsExactly("q.yaml:8:28: error: paragraph must be a whole number from 1, like 4; found '0'");
        assertThat(problems(withEvidence("{ paragraph: two }")))
                .containsExactly("q.yaml:8:28: error: paragraph must be a whole number from 1, like 4; found 'two'");
    }

    @Test
    void sentenceOutOfRange_saysHowManySentencesThatParagraphHas() {
        assertThat(problems(withEvidence("{ sentence: 4.3 }")))
                .containsExactly("q.yaml:8:27: error: sentence 4.3 does not exist: paragraph 4 has 2 sentences");
        assertThat(problems(withEvidence("{ sentence: 2.2 }")))
                .containsExactly("q.yaml:8:27: error: sentence 2.2 does not exist: paragraph 2 has 1 sentence");
    }

    @Test
    void sentenceInAParagraphOutOfRange_saysHowManyParagraphsThereAre() {
        assertThat(problems(withEvidence("{ sentence: 30.1 }")))
                .containsExactly("q.yaml:8:27: error: sentence 30.1 does not exist: the article has 29 paragraphs");
    }

    @Test
    void malformedSentenceRef_showsTheForm() {
        assertThat(problems(withEvidence("{ sentence: four }")))
                .containsExactly(
                        "q.yaml:8:27: error: 'four' is not a sentence reference; write paragraph.sentence, like \"15.2\"");
        assertThat(problems(withEvidence("{ sentence: 2.0 }")))
                .containsExactly(
                        "q.yaml:8:27: error: '2.0' is not a sentence reference; write paragraph.sentence, like \"15.2\"");
    }

    @Test
    void sentenceTogetherWithParagraph_asksForOneOrTheOther() {
        assertThat(problems(withEvidence("{ sentence: 2.1, paragraph: 2 }")))
                .containsExactly(
                        "q.yaml:8:17: error: use 'sentence' on its own, or 'paragraph' with an optional 'quote'; give a list"
                                + " of references to point at several passages");
    }

    @Test
    void quoteNotFound_showsTheNearestPassageAndWhereItParts() {
        assertThat(problems(withEvidence("{ quote: \"led by Vladimir Medinksy\" }")))
                .containsExactly(
                        "q.yaml:8:24: error: quote \"led by Vladimir Medinksy\" not found in the article; the nearest text is"
                                + " in paragraph 2 (sentence 2.1), which matches as far as \"led by Vladimir Medin\" and then"
                                + " reads \"sky, a hardline Putin aid…\"");
    }

    @Test
    void quoteDifferingOnlyInCase_showsTheArticlesCapitals() {
        assertThat(problems(withEvidence("{ quote: \"LED BY VLADIMIR MEDINSKY\" }")))
                .containsExactly(
                        "q.yaml:8:24: error: quote \"LED BY VLADIMIR MEDINSKY\" not found in the article; it occurs with"
                                + " different capitals in paragraph 2 (sentence 2.1): \"led by Vladimir Medinsky\"");
    }

    @Test
    void quoteInTheWrongParagraph_saysWhereItIs() {
        assertThat(problems(withEvidence("{ paragraph: 3, quote: \"led by Vladimir Medinsky\" }")))
                .containsExactly(
                        "q.yaml:8:38: error: quote \"led by Vladimir Medinsky\" not found in paragraph 3; it occurs in"
                                + " paragraph 2 (sentence 2.1); correct 'paragraph:'");
    }

    @Test
    void quoteWhoseFirstWordIsNowhere_saysSo() {
        assertThat(problems(withEvidence("{ quote: \"Xylophone quartets\" }")))
                .containsExactly(
                        "q.yaml:8:24: error: quote \"Xylophone quartets\" not found in the article; not even its first word"
                                + " occurs there");
        assertThat(problems(withEvidence("{ paragraph: 3, quote: \"Xylophone\" }")))
                .containsExactly(
                        "q.yaml:8:38: error: quote \"Xylophone\" not found in paragraph 3; not even its first word occurs"
                                + " there");
    }

    @Test
    void quoteFoundTwice_listsWhere() {
        assertThat(problems(withEvidence("{ quote: \"the Kremlin\" }")))
                .containsExactly(
                        "q.yaml:8:24: error: quote \"the Kremlin\" occurs 4 times in the article (in sentences 1.1, 2.1, 3.1,"
                                + " 11.1); quote more words or add 'paragraph:' so it points at one place");
    }

    @Test
    void quoteFoundManyTimes_listsFiveAndCountsTheRest() {
        assertThat(problems(withEvidence("{ quote: Istanbul }")))
                .containsExactly(
                        "q.yaml:8:24: error: quote \"Istanbul\" occurs 11 times in the article (in sentences 1.1, 6.1, 9.1,"
                                + " 10.1, 12.1 and 6 more); quote more words or add 'paragraph:' so it points at one place");
    }

    @Test
    void quoteFoundTwiceInOneSentence_listsThatSentenceOnce() {
        assertThat(problems(withEvidence("{ paragraph: 19, quote: \"there\" }")))
                .singleElement()
                .asString()
                .isEqualTo("q.yaml:8:39: error: quote \"there\" occurs 5 times in paragraph 19 (in sentences 19.1"
                        + ", 19.2); quote more words so it points at one place");
    }

    @Test
    void badReferenceShapes_sayWhatAReferenceIs() {
        assertThat(problems(withEvidence("[]")))
                .containsExactly("q.yaml:8:15: error: 'evidence' is an empty list; give at least one reference");
        assertThat(problems(withEvidence("2")))
                .containsExactly(
                        "q.yaml:8:15: error: an evidence reference must be a mapping of 'key: value' lines; found a single"
                                + " value");
        assertThat(problems(withEvidence("{ page: 3 }")))
                .containsExactly(
                        "q.yaml:8:15: error: evidence needs 'paragraph', 'sentence' or 'quote', like { paragraph: 2, quote:"
                                + " \"led by Vladimir Medinsky\" }",
                        "q.yaml:8:17: error: unknown key 'page' in evidence; allowed keys are paragraph, sentence, quote");
    }

    @Test
    void oneBadReferenceInAList_isReportedAlone() {
        assertThat(problems(withEvidence("[{ paragraph: 2 }, { paragraph: 40 }, { sentence: 2.1 }]")))
                .containsExactly("q.yaml:8:47: error: paragraph 40 does not exist: the article has 29 paragraphs");
    }

    @Test
    void questionWithoutEvidence_warnsButLoads() {
        LoadResult result = load("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: short
                    prompt: Who leads the delegation?
                    answer: Medinsky
                """);
        assertThat(Snippets.shown(result))
                .containsExactly(
                        "q.yaml:4:5: warning: question 'lead' has no evidence; add"
                                + " evidence: { paragraph: N } or { quote: \"…\" } so learners see where the answer comes from");
        assertThat(result.set()).isPresent();
    }

    @Test
    void shortAnswerNotInItsEvidence_warnsButLoads() {
        LoadResult result = load(withEvidence("{ paragraph: 1, quote: Istanbul }"));
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:7:13: warning: the answer 'Medinsky' is not in"
                        + " sentence 1.1; it occurs in sentences 2.1, 9.1 and 10.1");
        assertThat(result.set()).isPresent();
    }

    @Test
    void choiceAnswerNotInItsEvidence_warnsButLoads() {
        LoadResult result = load("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Who leads the delegation?
                    choices: [Medinsky, Lavrov]
                    answer: Lavrov
                    evidence: { paragraph: 2 }
                """);
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:8:13: warning: the answer 'Lavrov' is not in"
                        + " sentence 2.1; it occurs in sentence 11.1");
        assertThat(result.set()).isPresent();
    }

    @Test
    void answerJustAfterAShortQuote_isFoundInTheQuotedSentence() {
        assertThat(problems(withEvidence("{ quote: \"its delegation would be led by\" }")))
                .isEmpty();
    }

    @Test
    void warningsAlone_stillGiveALoadedSet() {
        LoadResult result = load("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Who leads the delegation?
                    choices: [Medinsky, Lavrov, Lavrov]
                    answer: Lavrov
                  - id: talks
                    type: short
                    prompt: Where are the talks?
                    answer: Ankara
                    evidence: { paragraph: 26 }
                """);
        assertThat(Snippets.shown(result))
                .containsExactly(
                        "q.yaml:4:5: warning: question 'lead' has no evidence; add evidence: { paragraph: N } or { quote:"
                                + " \"…\" } so learners see where the answer comes from",
                        "q.yaml:7:33: warning: duplicate choice 'Lavrov' (same as choice 2)",
                        "q.yaml:12:13: warning: the answer 'Ankara' is not in sentence 26.1; it occurs in sentence 15.1");
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.set())
                .hasValueSatisfying(set -> assertThat(set.questions()).hasSize(2));
    }
}
