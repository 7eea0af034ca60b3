package dev.lectern.engine;

import static dev.lectern.engine.Quiz.grade;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherKindsTest {
    private static final String CEASEFIRE = """
              - id: days
                type: number
                prompt: How long a ceasefire will Ukraine call for?
                answer: 30
                unit: days
                evidence: { quote: "a full 30-day ceasefire" }
                wrong: { 35: "35 is the Palm Sunday death toll." }
            """;

    @Test
    void number_acceptsDigitsWordsAndUnit() {
        assertThat(grade(CEASEFIRE, "30").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(CEASEFIRE, "thirty").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(CEASEFIRE, "30 days").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(CEASEFIRE, "30,0").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(CEASEFIRE, "31").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void number_unreadable_isWrongWithReason() {
        Grade g = grade(CEASEFIRE, "abc");
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.note()).hasValue("'abc' is not a number");
        assertThat(g.expected()).isEqualTo("30 days");
    }

    @Test
    void number_expectedWrongAnswer_carriesFeedback() {
        Grade g = grade(CEASEFIRE, "35");
        assertThat(g.rule()).isEqualTo(Rule.ANTICIPATED);
        assertThat(g.feedback()).contains("35 is the Palm Sunday death toll.");
    }

    @Test
    void number_tolerance_absoluteAndPercent() {
        String abs = CEASEFIRE.replace("    unit: days\n", "    tolerance: 1\n");
        assertThat(grade(abs, "31").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(abs, "32").verdict()).isEqualTo(Verdict.WRONG);
        String pct = CEASEFIRE.replace("    unit: days\n", "    tolerance: 10%\n");
        assertThat(grade(pct, "33").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(pct, "33.5").verdict()).isEqualTo(Verdict.WRONG);
    }

    private static final String CLOZE = """
              - id: gap
                type: cloze
                text: "Ukraine will call for a full [[30|thirty]]-day [[ceasefire]]."
                evidence: { quote: "a full 30-day ceasefire" }
            """;

    @Test
    void cloze_pointsSplitOverBlanks() {
        assertThat(grade(CLOZE, "thirty; ceasefire").verdict()).isEqualTo(Verdict.CORRECT);
        Grade half = grade(CLOZE, "30; truce");
        assertThat(half.earned()).isEqualTo(0.5);
        assertThat(half.note()).hasValue("blank 1: right; blank 2: wrong");
        assertThat(grade(CLOZE, " ; ").verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(grade(CLOZE, "30;\u00a0").note()).hasValue("blank 1: right; blank 2: empty");
        assertThat(grade(CLOZE, "\u00a0\u3000").verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(new Grader(Quiz.set("questions:\n" + CLOZE).article())
                        .grade(
                                Quiz.question(CLOZE),
                                Presentation.asWritten(Quiz.question(CLOZE)),
                                java.util.List.of("30", "Ceasefire"))
                        .verdict())
                .isEqualTo(Verdict.CORRECT);
    }

    private static final String ORDER = """
              - id: steps
                type: order
                prompt: Put in order.
                items: [one, two, three, four]
                evidence: { paragraph: 1 }
            """;

    @Test
    void order_pairsGivesPartialCredit() {
        assertThat(grade(ORDER, "one; two; three; four").verdict()).isEqualTo(Verdict.CORRECT);
        Grade g = grade(ORDER, "two; one; three; four");
        assertThat(g.earned()).isEqualTo(5.0 / 6);
        assertThat(g.note()).hasValue("5 of 6 pairs in the right order");
        assertThat(grade(ORDER + "    scoring: all-or-nothing\n", "two; one; three; four")
                        .earned())
                .isZero();
        assertThat(grade(ORDER, "one; two").rule()).isEqualTo(Rule.UNREADABLE);
        assertThat(grade(ORDER, "a b c d").verdict())
                .as("letters need no semicolons")
                .isEqualTo(Verdict.CORRECT);
        assertThat(grade(ORDER, "b, a, c, d").earned()).isEqualTo(5.0 / 6);
    }

    private static final String MATCH = """
              - id: roles
                type: match
                prompt: Match.
                pairs: { Fomin: defence, Galuzin: foreign affairs, Kostyukov: intelligence }
                evidence: { paragraph: 9 }
            """;

    @Test
    void match_eachPairScored() {
        assertThat(grade(MATCH, "Fomin = defence; Galuzin = foreign affairs; Kostyukov = intelligence")
                        .verdict())
                .isEqualTo(Verdict.CORRECT);
        Grade g = grade(MATCH, "a = 1; b = 3; c = 2");
        assertThat(g.earned()).isEqualTo(1.0 / 3);
        assertThat(g.note()).hasValue("1 of 3 pairs right");
        assertThat(grade(MATCH, "Fomin defence").rule()).isEqualTo(Rule.UNREADABLE);
    }

    @Test
    void match_rightItemsThatAreNumbersOrLetters_areReadByTheirText() {
        String tolls = "  - {id: tolls, type: match, prompt: p, pairs: {Palm Sunday: 35, Wednesday: 3, Ceasefire: 30},"
                + " evidence: {paragraph: 4}}\n";
        assertThat(grade(tolls, "Palm Sunday = 35; Wednesday = 3; Ceasefire = 30")
                        .verdict())
                .isEqualTo(Verdict.CORRECT);
        assertThat(grade(tolls, "Wednesday = 3").note()).hasValue("1 of 3 pairs right");
        assertThat(grade(tolls, "Palm Sunday = 1; Wednesday = 2").note()).hasValue("2 of 3 pairs right");
        String swapped = "  - {id: swapped, type: match, prompt: p, pairs: {x: 2, y: 1}, evidence: {paragraph: 4}}\n";
        assertThat(grade(swapped, "x = 2; y = 1").verdict()).isEqualTo(Verdict.CORRECT);
        String letters = "  - {id: letters, type: match, prompt: p, pairs: {Alpha: B, Beta: A},"
                + " evidence: {paragraph: 4}}\n";
        assertThat(grade(letters, "Alpha = B; Beta = A").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(letters, "Alpha = 1; Beta = 2").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(MATCH, "Fomin = b; Galuzin = a; Kostyukov = c").rule()).isEqualTo(Rule.UNREADABLE);
    }

    private static final String EVIDENCE = """
              - id: proof
                type: evidence
                prompt: Find the sentence that shows Trump might skip the talks.
                answer: "3.1"
                accept: ["3.2"]
            """;

    @Test
    void evidence_exactAcceptedNearAndWrong() {
        assertThat(grade(EVIDENCE, "3.1").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(EVIDENCE, "3.2").verdict()).isEqualTo(Verdict.CORRECT);
        Grade near = grade(EVIDENCE, "3");
        assertThat(near.rule()).isEqualTo(Rule.NEAR);
        assertThat(near.earned()).isEqualTo(0.5);
        Grade wrong = grade(EVIDENCE, "4.1");
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(wrong.feedback().get(0)).startsWith("The supporting sentence is 3.1: “Shortly after the Kremlin’s");
        assertThat(grade(EVIDENCE, "40.1").rule()).isEqualTo(Rule.UNREADABLE);
    }
}
