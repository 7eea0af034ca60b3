package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each question type demands of its own keys: answers among the choices, valid patterns and numbers. */
class LoaderTypesTest {

    @Test
    void answerNotAmongTheChoices_suggestsTheClosestChoice() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Who leads?
                    choices: [Vladimir Medinsky, Sergey Lavrov]
                    answer: Vladimir Medinksy
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:8:13: error: answer 'Vladimir Medinksy' is not one of the choices;"
                        + " did you mean 'Vladimir Medinsky'?");
    }

    @Test
    void answerFarFromEveryChoice_asksToCopyItExactly() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Who leads?
                    choices: [Medinsky, Lavrov]
                    answer: Putin himself
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:8:13: error: answer 'Putin himself' is not one of the choices;"
                        + " write it exactly as in 'choices'");
    }

    @Test
    void multiAnswerNotAmongTheChoices_pointsAtThatAnswer() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: joined-by
                    type: multi
                    prompt: Who joins Medinsky?
                    choices: [Fomin, Galuzin, Kostyukov]
                    answers: [Fomin, Galuzn, Lavrov]
                    evidence: { paragraph: 9 }
                """))
                .containsExactly(
                        "q.yaml:8:22: error: answer 'Galuzn' is not one of the choices; did you mean 'Galuzin'?",
                        "q.yaml:8:30: error: answer 'Lavrov' is not one of the choices; write it exactly as in 'choices'");
    }

    @Test
    void multiWithAnEmptyAnswerList_needsOneRightChoice() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: m, type: multi, prompt: P, choices: [Fomin, Galuzin], answers: [], evidence: { paragraph: 9 } }
                """)).containsExactly("q.yaml:4:65: error: 'answers' needs at least one right choice");
    }

    @Test
    void feedbackForAnUnknownChoice_suggestsTheClosestChoice() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Who leads?
                    choices: [Medinsky, Lavrov]
                    answer: Medinsky
                    feedback:
                      Medinsky: Right, paragraph 2.
                      Lavorv: He stays in Moscow.
                      Ushakov: Not sent either.
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:11:7: error: feedback for 'Lavorv', which is not one of the choices; did you mean 'Lavrov'?",
                        "q.yaml:12:7: error: feedback for 'Ushakov', which is not one of the choices");
    }

    @Test
    void fewerThanTwoChoices_isAnError() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Who leads?
                    choices: [Medinsky]
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:7:5: error: a choice question needs at least two choices; found 1");
    }

    @Test
    void moreThan26Choices_isAnErrorSayingTheLimitAndHowToFixIt() {
        String choices = java.util.stream.IntStream.rangeClosed(1, 27)
                .mapToObj(i -> "option " + i)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: multi
                    prompt: Which?
                    choices: [%s]
                    answers: [option 27]
                    evidence: { paragraph: 2 }
                """.formatted(choices)))
                .containsExactly("q.yaml:7:5: error: a multi question has at most 26 choices"
                        + " (labelled a to z); found 27: split it into two questions");
    }

    @Test
    void exactly26Choices_load() {
        String choices = java.util.stream.IntStream.rangeClosed(1, 26)
                .mapToObj(i -> "option " + i)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Which?
                    choices: [%s]
                    answer: option 26
                    evidence: { paragraph: 2 }
                """.formatted(choices))).noneMatch(p -> p.contains("error"));
    }

    @Test
    void moreThan26Pairs_isAnErrorSayingTheLimit() {
        String pairs = java.util.stream.IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "left " + i + ": right " + i)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: pairs
                    type: match
                    prompt: Match them
                    pairs: {%s}
                    evidence: { paragraph: 2 }
                """.formatted(pairs)))
                .containsExactly("q.yaml:7:5: error: a match question has at most 26 pairs"
                        + " (labelled a to z); found 30: split it into two questions");
    }

    @Test
    void moreThan26OrderItems_isAnErrorSayingTheLimit() {
        String items = java.util.stream.IntStream.rangeClosed(1, 27)
                .mapToObj(i -> "step " + i)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: steps
                    type: order
                    prompt: Put them in order
                    items: [%s]
                    evidence: { paragraph: 2 }
                """.formatted(items)))
                .containsExactly("q.yaml:7:5: error: an order question has at most 26 items"
                        + " (labelled a to z); found 27: split it into two questions");
    }

    @Test
    void exactly26OrderItems_load() {
        String items = java.util.stream.IntStream.rangeClosed(1, 26)
                .mapToObj(i -> "step " + i)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: steps
                    type: order
                    prompt: Put them in order
                    items: [%s]
                    evidence: { paragraph: 2 }
                """.formatted(items))).noneMatch(p -> p.contains("error"));
    }

    @Test
    void duplicateChoice_isAWarningNamingTheFirst() {
        LoadResult result = Snippets.load("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: Who leads?
                    choices: [Medinsky, Lavrov, Fomin, Lavrov]
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """);
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:7:40: warning: duplicate choice 'Lavrov' (same as choice 2)");
        assertThat(result.set()).isPresent();
    }

    @Test
    void emptyPrompt_isAnError() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: a, type: short, prompt: "", answer: Medinsky, evidence: { paragraph: 2 } }
                  - { id: b, type: short, prompt: "   ", answer: Medinsky, evidence: { paragraph: 2 } }
                """))
                .containsExactly(
                        "q.yaml:4:35: error: question 'a' has an empty prompt",
                        "q.yaml:5:35: error: question 'b' has an empty prompt");
    }

    @Test
    void invalidPattern_saysWhatAndWhere() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: a, type: short, prompt: P, answer: Medinsky, pattern: "Medin(sky", evidence: { paragraph: 2 } }
                  - { id: b, type: short, prompt: P, answer: Medinsky, pattern: "*Medinsky", evidence: { paragraph: 2 } }
                """))
                .containsExactly(
                        "q.yaml:4:65: error: invalid pattern: Unclosed group at the end of 'Medin(sky'",
                        "q.yaml:5:65: error: invalid pattern: Dangling meta character '*' at character 1 of '*Medinsky'");
    }

    @Test
    void bothAnswerAndAnswers_asksForAnswersOnly() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    answers: [Medinsky, Vladimir Medinsky]
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:8:5: error: question 'lead' has both 'answer' and 'answers'; put every"
                        + " accepted text in 'answers'");
    }

    @Test
    void shortWithAnEmptyAnswerList_needsOneAcceptedText() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: a, type: short, prompt: P, answers: [], evidence: { paragraph: 2 } }
                """)).containsExactly("q.yaml:4:38: error: 'answers' needs at least one accepted text");
    }

    @Test
    void numberAnswerThatIsNotANumber_andInvalidTolerances() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: dead
                    type: number
                    prompt: How many died?
                    answer: thirty-five
                    tolerance: -2
                    evidence: { paragraph: 4 }
                  - id: dead-2
                    type: number
                    prompt: How many died?
                    answer: 35
                    tolerance: a few%
                    evidence: { paragraph: 4 }
                """))
                .containsExactly(
                        "q.yaml:7:13: error: the answer of a number question must be a number in figures, like 35 or 3.5;"
                                + " found 'thirty-five'",
                        "q.yaml:8:16: error: invalid tolerance '-2': write a number that is not negative, like 0.5, or a"
                                + " percentage, like 5%",
                        "q.yaml:14:16: error: invalid tolerance 'a few%': write a number that is not negative, like 0.5, or"
                                + " a percentage, like 5%");
    }

    @Test
    void trueFalseAnswerAndFeedbackKeys_mustBeTrueOrFalse() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: skips
                    type: true-false
                    prompt: Trump will attend.
                    answer: yes
                    feedback: { maybe: Read paragraph 3. }
                    evidence: { paragraph: 3 }
                """))
                .containsExactly(
                        "q.yaml:7:13: error: answer of a true-false question must be true or false; found 'yes'",
                        "q.yaml:8:17: error: a feedback key of a true-false question must be true or false; found 'maybe'");
    }

    @Test
    void orderWithOneItemOrARepeatedItem_isAnError() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: a, type: order, prompt: P, items: [statement], evidence: { paragraph: 2 } }
                  - { id: b, type: order, prompt: P, items: [statement, talks, statement], evidence: { paragraph: 2 } }
                """))
                .containsExactly(
                        "q.yaml:4:38: error: an order question needs at least two items; found 1",
                        "q.yaml:5:64: error: item 'statement' is listed twice; order items must differ");
    }

    @Test
    void matchWithOnePairOrAList_isAnError() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: a, type: match, prompt: P, pairs: { Fomin: defence }, evidence: { paragraph: 9 } }
                  - { id: b, type: match, prompt: P, pairs: [Fomin, defence], evidence: { paragraph: 9 } }
                """))
                .containsExactly(
                        "q.yaml:4:38: error: a match question needs at least two pairs; found 1",
                        "q.yaml:5:45: error: 'pairs' must be a mapping of 'key: value' lines; found a list");
    }
}
