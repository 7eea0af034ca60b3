package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys: unknown, missing, given twice, or holding the wrong kind of value. */
class LoaderKeysTest {

    @Test
    void unknownKey_suggestsClosestKey() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: choice
                    prompt: Who leads?
                    choises: [Medinsky, Lavrov]
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:4:5: error: question 'q1' is missing 'choices' (a list of at least two options)",
                        "q.yaml:7:5: error: unknown key 'choises' in question 'q1' (type choice); did you mean 'choices'?");
    }

    @Test
    void unknownSetKey_suggestsClosestKey() {
        assertThat(problems("""
                titel: Istanbul talks
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:1:1: error: unknown key 'titel' in the set; did you mean 'title'?",
                        "q.yaml:1:1: error: the set is missing 'title' (a title for learners)");
    }

    @Test
    void unknownKeyWithNoCloseMatch_listsAllowedKeys() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: number
                    prompt: How many died on Palm Sunday?
                    answer: 35
                    evidence: { paragraph: 4 }
                    colour: red
                """))
                .containsExactly("q.yaml:9:5: error: unknown key 'colour' in question 'q1' (type number);"
                        + " allowed keys are id, type, prompt, evidence, explain, hint, points, answer, answers, tolerance, unit,"
                        + " wrong");
    }

    @Test
    void keyOfAnotherType_isUnknownForThisType() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    feedback: { Medinsky: right }
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:8:5: error: unknown key 'feedback' in question 'q1' (type short);"
                        + " allowed keys are id, type, prompt, evidence, explain, hint, points, answer, answers, pattern, match, case,"
                        + " typo-credit, credit, wrong");
    }

    @Test
    void setWithoutItsRequiredKeys_namesEachOne() {
        assertThat(problems("description: Istanbul\n"))
                .containsExactly(
                        "q.yaml:1:1: error: the set is missing 'title' (a title for learners)",
                        "q.yaml:1:1: error: the set is missing 'article' (the article's file name, e.g. in seeds/)",
                        "q.yaml:1:1: error: the set is missing 'questions' (a list of questions)");
    }

    @Test
    void questionWithoutIdTypeAndPrompt_namesEachOne() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:4:5: error: question 1 is missing 'id' (a unique name such as 'delegation-lead')",
                        "q.yaml:4:5: error: question 1 is missing 'type' (one of choice, multi, true-false, short, number,"
                                + " cloze, order, match, evidence)",
                        "q.yaml:4:5: error: question 1 is missing 'prompt' (the question to ask)");
    }

    @Test
    void everyTypeWithoutItsAnswer_namesTheMissingKey() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: c, type: choice, prompt: P, evidence: { paragraph: 2 } }
                  - { id: m, type: multi, prompt: P, choices: [a, b], evidence: { paragraph: 2 } }
                  - { id: tf, type: true-false, prompt: P, evidence: { paragraph: 2 } }
                  - { id: s, type: short, prompt: P, evidence: { paragraph: 2 } }
                  - { id: n, type: number, prompt: P, evidence: { paragraph: 2 } }
                  - { id: cz, type: cloze, evidence: { paragraph: 2 } }
                  - { id: o, type: order, prompt: P, evidence: { paragraph: 2 } }
                  - { id: mt, type: match, prompt: P, evidence: { paragraph: 2 } }
                  - { id: e, type: evidence, prompt: P }
                """))
                .containsExactly(
                        "q.yaml:4:5: error: question 'c' is missing 'choices' (a list of at least two options)",
                        "q.yaml:4:5: error: question 'c' is missing 'answer' (the text of the right choice)",
                        "q.yaml:5:5: error: question 'm' is missing 'answers' (the list of right choices)",
                        "q.yaml:6:5: error: question 'tf' is missing 'answer' (true or false)",
                        "q.yaml:7:5: error: question 's' is missing 'answer' (the accepted text, or 'answers' with a list"
                                + " of them)",
                        "q.yaml:8:5: error: question 'n' is missing 'answer' (the number, or 'answers' with a list of them)",
                        "q.yaml:9:5: error: question 'cz' is missing 'text' (the text with blanks written [[answer]])",
                        "q.yaml:10:5: error: question 'o' is missing 'items' (the items in their right order)",
                        "q.yaml:11:5: error: question 'mt' is missing 'pairs' (a mapping of left item: right item)",
                        "q.yaml:12:5: error: question 'e' is missing 'answer' (the supporting sentence, like \"15.2\")");
    }

    @Test
    void duplicateKey_namesTheFirstLine() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: Who leads?
                    prompt: Who leads the delegation?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                title: U
                """))
                .containsExactly(
                        "q.yaml:7:5: error: duplicate key 'prompt' (first given on line 6); remove one of them",
                        "q.yaml:10:1: error: duplicate key 'title' (first given on line 1); remove one of them");
    }

    @Test
    void duplicateQuestionId_namesTheFirstLine() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                  - id: lead
                    type: short
                    prompt: Who leads the delegation?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:9:9: error: duplicate question id 'lead' (first used on line 4);"
                        + " ids must be unique in a set");
    }

    @Test
    void idWithCapitalsAndSpaces_suggestsAValidId() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: Delegation Lead
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:4:9: error: question id 'Delegation Lead' must use lower-case letters,"
                        + " digits and '-', like 'delegation-lead'");
    }

    @Test
    void listOrMappingWhereTextIsExpected_saysWhatWasFound() {
        assertThat(problems("""
                title: [Istanbul, talks]
                article: 000_d9e472c27e1e5fdd.txt
                description: { about: talks }
                questions:
                  - id: q1
                    type: short
                    prompt:
                      - Who leads?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:1:8: error: 'title' must be a single value; found a list; a value that starts with '[' is"
                                + " read as a list, so put a text that starts with '[' in quotes",
                        "q.yaml:3:14: error: 'description' must be a single value; found a mapping (key: value lines); a"
                                + " value that starts with '{' is read as a mapping, so put a text that starts with '{' in"
                                + " quotes",
                        "q.yaml:8:7: error: 'prompt' must be a single value; found a list");
    }

    @Test
    void idThatIsAList_isReportedOnce() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: [a, b]
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    evidence: { quote: "led by Vladimir Medinsky" }
                """))
                .containsExactly(
                        "q.yaml:4:9: error: 'id' must be a single value; found a list; a value that starts with '[' is read"
                                + " as a list, so put a text that starts with '[' in quotes");
    }

    @Test
    void textOrMappingWhereAListIsExpected_showsBothListForms() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: c
                    type: choice
                    prompt: Who leads?
                    choices: Medinsky
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                  - id: o
                    type: order
                    prompt: Put in order.
                    items: { a: b }
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:7:14: error: 'choices' must be a list, like [first, second] or lines starting with '- ';"
                                + " found a single value",
                        "q.yaml:13:12: error: 'items' must be a list, like [first, second] or lines starting with '- ';"
                                + " found a mapping (key: value lines)");
    }

    @Test
    void questionsNotAListOrEmpty_saysWhich() {
        assertThat(problems("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions: lead\n"))
                .containsExactly(
                        "q.yaml:3:12: error: 'questions' must be a list of questions, each starting with '- id:'");
        assertThat(problems("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions: []\n"))
                .containsExactly("q.yaml:3:12: error: 'questions' is an empty list; a set needs at least one question");
    }

    @Test
    void questionThatIsNotAMapping_saysWhatWasFound() {
        assertThat(problems("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n  - Who leads?\n"))
                .containsExactly("q.yaml:4:5: error: question 1 must be a mapping of 'key: value' lines; found a"
                        + " single value");
    }

    @Test
    void keyThatIsAList_mustBeAPlainName() {
        assertThat(problems("? [a, b]\n: c\ntitle: T\n"))
                .containsExactly(
                        "q.yaml:1:1: error: the set is missing 'article' (the article's file name, e.g. in seeds/)",
                        "q.yaml:1:1: error: the set is missing 'questions' (a list of questions)",
                        "q.yaml:1:3: error: a key must be a plain name; found a list");
    }

    @Test
    void emptyValue_saysItHasNoValue() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: Who leads?
                    answer:
                    evidence: { paragraph: 2 }
                """)).containsExactly("q.yaml:7:12: error: 'answer' has no value");
    }
}
