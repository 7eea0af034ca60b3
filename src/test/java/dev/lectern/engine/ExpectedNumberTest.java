package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an expected number is written with its unit: a word after a space, a sign against the number. */
class ExpectedNumberTest {
    @Test
    void aPercentUnit_isWrittenAgainstTheNumber_asTheToleranceIs() {
        Grade g = Quiz.grade("""
                  - {id: n, type: number, prompt: p, answer: 20.8, unit: "%", tolerance: 5%, evidence: {paragraph: 1}}
                """, "12");
        assertThat(g.expected()).isEqualTo("20.8% (± 5%)");
    }

    @Test
    void aWordUnit_followsAfterASpace() {
        Grade g = Quiz.grade("""
                  - {id: n, type: number, prompt: p, answer: 30, unit: days, evidence: {paragraph: 1}}
                """, "12");
        assertThat(g.expected()).isEqualTo("30 days");
    }

    @Test
    void degrees_tooAreWrittenAgainstTheNumber() {
        Grade g = Quiz.grade("""
                  - {id: n, type: number, prompt: p, answer: 90, unit: "°", evidence: {paragraph: 1}}
                """, "");
        assertThat(g.expected()).isEqualTo("90°");
    }
}
