package dev.lectern.engine;

import static dev.lectern.engine.Quiz.grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A teacher's pattern cannot hang or crash grading, and an answer past {@link AnswerLength#MAX} is not read. */
class RunawayPatternTest {
    private static String shortWithPattern(String pattern) {
        return """
                  - id: p
                    type: short
                    prompt: Type it
                    answer: Medinsky
                    pattern: '%s'
                    evidence: { quote: "led by Vladimir Medinsky" }
                """.formatted(pattern);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void alternationUnderAStar_overflowsTheStack_andIsAWrongAnswerWithANote() {
        Grade g = grade(shortWithPattern("(a|aa)*b"), "a".repeat(4_999));
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.rule()).isEqualTo(Rule.PATTERN);
        assertThat(g.note())
                .hasValueSatisfying(
                        n -> assertThat(n).startsWith("the accepted pattern could not be checked against this answer"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void nestedPlus_backtracksPastTheBudget_andIsAWrongAnswerWithANote() {
        long start = System.nanoTime();
        Grade g = grade(shortWithPattern("(x+x+)+y"), "x".repeat(4_000));
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.note()).hasValueSatisfying(n -> assertThat(n).contains("backtracks too much"));
        System.out.printf(
                "(x+x+)+y on 4,000 characters gave up after %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void theSamePatterns_stillAcceptWhatTheyMatch() {
        assertThat(grade(shortWithPattern("(a|aa)*b"), "aaab").rule()).isEqualTo(Rule.PATTERN);
        assertThat(grade(shortWithPattern("(x+x+)+y"), "xxxxy").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(shortWithPattern("(x+x+)+y"), "xxxx").note()).isEmpty();
    }

    @Test
    void aStackOverflowInsideTheMatch_isCaught() {
        Pattern deep = Pattern.compile("(a|b)*");
        assertThat(GuardedPattern.matches(deep, "ab".repeat(200_000))).isEqualTo(GuardedPattern.Outcome.GAVE_UP);
        assertThat(GuardedPattern.matches(deep, "abba")).isEqualTo(GuardedPattern.Outcome.MATCHED);
        assertThat(GuardedPattern.matches(deep, "abc")).isEqualTo(GuardedPattern.Outcome.NOT_MATCHED);
    }

    @Test
    void theBudget_isSharedBySubSequencesAndCountsEveryRead() {
        Pattern p = Pattern.compile("(x+x+)+y");
        assertThat(GuardedPattern.matches(p, "xxxxy", 1_000)).isEqualTo(GuardedPattern.Outcome.MATCHED);
        assertThat(GuardedPattern.matches(p, "x".repeat(30), 1_000)).isEqualTo(GuardedPattern.Outcome.GAVE_UP);
    }

    @Test
    void anAnswerLongerThanTheLimit_isWrongWithANoteAndNotRead() {
        Grade g = grade(shortWithPattern("(a|aa)*b"), "a".repeat(14_000));
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.rule()).isEqualTo(Rule.UNREADABLE);
        assertThat(g.note())
                .hasValue("the answer is 14,000 characters long; Lectern grades answers of up to 5,000"
                        + " characters, so it was not read (see docs/limits.md)");
        assertThat(g.given()).hasSize(61).endsWith("…");
        assertThat(g.expected()).isEqualTo("Medinsky");
    }

    @Test
    void anAnswerOfExactlyTheLimit_isGraded() {
        Grade g = grade(shortWithPattern("M.*"), "M" + "x".repeat(AnswerLength.MAX - 1));
        assertThat(g.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(g.rule()).isEqualTo(Rule.PATTERN);
    }

    @Test
    void theLimit_countsAFormsPartsTogether() {
        assertThat(AnswerLength.of(java.util.List.of("abc", "de"))).isEqualTo(7);
        assertThat(AnswerLength.of(java.util.List.of())).isZero();
    }
}
