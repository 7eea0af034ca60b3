package dev.lectern.engine;

import static dev.lectern.engine.Quiz.grade;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LenientTest {
    private static final String ERDOGAN = """
              - id: president
                type: short
                prompt: Whom will Zelenskiy meet in Ankara?
                answer: Recep Tayyip Erdoğan
                match: lenient
                typo-credit: 0.5
                evidence: { quote: "Recep Tayyip Erdoğan" }
                wrong: { "Erdem": "Erdem is not in the article." }
            """;

    @Test
    void missingAccents_areForgivenInFull() {
        Grade g = grade(ERDOGAN, "Recep Tayyip Erdogan");
        assertThat(g.rule()).isEqualTo(Rule.LENIENT);
        assertThat(g.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(g.note()).hasValue("accepted without accents");
    }

    @Test
    void oneTypo_isForgivenForTypoCredit_andNamed() {
        Grade g = grade(ERDOGAN, "Recep Tayyip Erdgoan");
        assertThat(g.rule()).isEqualTo(Rule.LENIENT);
        assertThat(g.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(g.earned()).isEqualTo(0.5);
        assertThat(g.note()).hasValue("accepted with one typo: \"Recep Tayyip Erdgoan\"");
    }

    @Test
    void tooManySlips_areWrong() {
        assertThat(grade(ERDOGAN, "Recep Tayip Erdgan xx").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void shortAnswers_allowNoSlip() {
        String q = "  - {id: a, type: short, prompt: p, answer: Kyiv, match: lenient, evidence: {paragraph: 1}}\n";
        assertThat(grade(q, "Kiev").verdict()).isEqualTo(Verdict.WRONG);
        String three = "  - {id: a, type: short, prompt: p, answer: USA, match: lenient, evidence: {paragraph: 1}}\n";
        assertThat(grade(three, "USB").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void numbers_areNeverForgivenAsTypos() {
        String q =
                "  - {id: a, type: short, prompt: p, answer: spring 2022, match: lenient, evidence: {paragraph: 1}}\n";
        assertThat(grade(q, "spring 2023").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(grade(q, "sprng 2022").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void slipCloserToAnExpectedWrongAnswer_isNotForgiven() {
        String q = """
                  - id: who
                    type: short
                    prompt: Who?
                    answer: Lavrov
                    match: lenient
                    evidence: { quote: "Sergey Lavrov" }
                    wrong: { "Lavrova": "Not her." }
                """;
        assertThat(grade(q, "Lavrova").rule()).isEqualTo(Rule.ANTICIPATED);
        assertThat(grade(q, "Lavrovz").verdict())
                .as("as close to Lavrova as to Lavrov")
                .isEqualTo(Verdict.WRONG);
        assertThat(grade(q, "Lavrav").verdict()).isEqualTo(Verdict.CORRECT);
    }
}
