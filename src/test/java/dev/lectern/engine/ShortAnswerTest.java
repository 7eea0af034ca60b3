package dev.lectern.engine;

import static dev.lectern.engine.Quiz.grade;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortAnswerTest {
    private static final String MEDINSKY = """
              - id: lead
                type: short
                prompt: Who leads the delegation?
                answers: [Vladimir Medinsky, Medinsky]
                evidence: { quote: "led by Vladimir Medinsky" }
                wrong: { "Vladimir Putin": "Putin declined to go; see paragraph 1." }
            """;

    @Test
    void identicalText_isExact() {
        Grade g = grade(MEDINSKY, "Vladimir Medinsky");
        assertThat(g.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(g.rule()).isEqualTo(Rule.EXACT);
        assertThat(g.earned()).isEqualTo(1.0);
    }

    @Test
    void caseAndPunctuation_areNormalized() {
        Grade g = grade(MEDINSKY, "  vladimir MEDINSKY. ");
        assertThat(g.rule()).isEqualTo(Rule.NORMALIZED);
        assertThat(g.verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void otherAcceptedAnswer_isAlternate() {
        assertThat(grade(MEDINSKY, "medinsky").rule()).isEqualTo(Rule.ALTERNATE);
    }

    @Test
    void expectedWrongAnswer_isWrongWithItsFeedback() {
        Grade g = grade(MEDINSKY, "vladimir putin");
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.rule()).isEqualTo(Rule.ANTICIPATED);
        assertThat(g.feedback()).containsExactly("Putin declined to go; see paragraph 1.");
    }

    @Test
    void typo_isWrongUnderTheDefaultPolicy() {
        Grade g = grade(MEDINSKY, "Medinksy");
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.rule()).isEqualTo(Rule.NO_MATCH);
        assertThat(g.expected()).isEqualTo("Vladimir Medinsky");
    }

    @Test
    void blank_isUnansweredNotWrong() {
        Grade g = grade(MEDINSKY, "   ");
        assertThat(g.verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(g.earned()).isZero();
    }

    @Test
    void noBreakAndIdeographicSpaces_areBlankToo() {
        for (String blank : new String[] {"\u00a0", " \u202f ", "\u3000", "\u0085"}) {
            assertThat(grade(MEDINSKY, blank).verdict())
                    .as("U+%04X", (int) blank.charAt(blank.length() / 2))
                    .isEqualTo(Verdict.UNANSWERED);
        }
    }

    @Test
    void curlyAndStraightApostrophes_matchEachOther() {
        String q = """
                  - id: whose
                    type: short
                    prompt: Whose announcement came first?
                    answer: the Kremlin’s
                    evidence: { quote: "Shortly after the Kremlin's announcement" }
                """;
        assertThat(grade(q, "Kremlin's").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(q, "the kremlin’s").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void lula_acceptsFullNameAsAlternate() {
        String q = """
                  - id: lula
                    type: short
                    prompt: Who said it costs him nothing?
                    answers: [Lula, Luiz Inácio Lula da Silva]
                    evidence: { quote: "It costs me nothing" }
                """;
        assertThat(grade(q, "Luiz Inácio Lula da Silva").rule()).isEqualTo(Rule.ALTERNATE);
        assertThat(grade(q, "LULA").rule()).isEqualTo(Rule.NORMALIZED);
    }

    @Test
    void numberWordsAndDigits_matchByNumberLayer() {
        String q = """
                  - id: killed
                    type: short
                    prompt: How many people did the attack near Sumy kill?
                    answer: three
                    evidence: { quote: "killed three people" }
                """;
        assertThat(grade(q, "3").rule()).isEqualTo(Rule.NUMBER);
        assertThat(grade(q, "3.0").rule()).isEqualTo(Rule.NUMBER);
        assertThat(grade(q, "Three").rule()).isEqualTo(Rule.NORMALIZED);
        assertThat(grade(q, "4").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void yamlHostileAnswers_areTheirText() {
        assertThat(grade("  - {id: a, type: short, prompt: p, answer: no, evidence: {paragraph: 1}}\n", "no")
                        .verdict())
                .isEqualTo(Verdict.CORRECT);
        assertThat(grade("  - {id: a, type: short, prompt: p, answer: 3.10, evidence: {paragraph: 1}}\n", "3.10")
                        .rule())
                .isEqualTo(Rule.EXACT);
        assertThat(grade("  - {id: a, type: short, prompt: p, answer: 010, evidence: {paragraph: 1}}\n", "010")
                        .rule())
                .isEqualTo(Rule.EXACT);
        assertThat(grade("  - {id: a, type: short, prompt: p, answer: no, evidence: {paragraph: 1}}\n", "false")
                        .verdict())
                .isEqualTo(Verdict.WRONG);
    }

    @Test
    void pattern_matchesWholeAnswerIgnoringCase() {
        String q = """
                  - id: post
                    type: short
                    prompt: Which post did Medinsky hold?
                    answer: culture minister
                    pattern: "(former )?(russian )?culture minister"
                    evidence: { quote: "former Russian culture minister" }
                """;
        assertThat(grade(q, "Former  Russian Culture Minister").rule()).isEqualTo(Rule.PATTERN);
        assertThat(grade(q, "minister").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void caseSensitive_refusesOtherCase() {
        String q = "  - {id: a, type: short, prompt: p, answer: NaCl, case: sensitive, evidence: {paragraph: 1}}\n";
        assertThat(grade(q, "NaCl").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(q, "nacl").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void exactPolicy_refusesPunctuationDifferences() {
        String q = "  - {id: a, type: short, prompt: p, answer: Kremlin, match: exact, evidence: {paragraph: 1}}\n";
        assertThat(grade(q, "kremlin").rule()).isEqualTo(Rule.EXACT);
        assertThat(grade(q, "Kremlin.").verdict()).isEqualTo(Verdict.WRONG);
    }
}
