package dev.lectern.engine;

import static dev.lectern.engine.Quiz.grade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceKindsTest {
    private static final String LEAD = """
              - id: lead
                type: choice
                prompt: Who leads Russia's delegation?
                choices: [Sergey Lavrov, Vladimir Medinsky, Yuri Ushakov, Alexander Fomin]
                answer: Vladimir Medinsky
                evidence: { quote: "led by Vladimir Medinsky" }
                explain: The Kremlin named Medinsky.
                feedback: { Sergey Lavrov: "Lavrov is not being sent." }
            """;

    private static final String MEMBERS = """
              - id: members
                type: multi
                prompt: Who joins Medinsky?
                choices: [Alexander Fomin, Mikhail Galuzin, Igor Kostyukov, Yuri Ushakov, Sergey Lavrov]
                answers: [Alexander Fomin, Mikhail Galuzin, Igor Kostyukov]
                evidence: { paragraph: 9 }
            """;

    @Test
    void choice_byLetterOrText() {
        assertThat(grade(LEAD, "b").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(LEAD, "(B)").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(LEAD, "vladimir medinsky").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void choice_lettersFollowTheShownOrder() {
        Question q = Quiz.question(LEAD);
        Presentation shown = new Presentation(List.of(3, 1, 0, 2));
        Grader grader = new Grader(Quiz.set("questions:\n" + LEAD).article());
        assertThat(grader.grade(q, shown, "b").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grader.grade(q, shown, "a").given()).isEqualTo("Alexander Fomin");
    }

    @Test
    void choice_wrongPick_carriesItsFeedbackAndTheExplanation() {
        Grade g = grade(LEAD, "a");
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.given()).isEqualTo("Sergey Lavrov");
        assertThat(g.expected()).isEqualTo("Vladimir Medinsky");
        assertThat(g.feedback()).containsExactly("Lavrov is not being sent.", "The Kremlin named Medinsky.");
        assertThat(g.evidence()).hasSize(1);
    }

    @Test
    void choice_unknownAnswer_isWrongWithReason() {
        Grade g = grade(LEAD, "Putin");
        assertThat(g.rule()).isEqualTo(Rule.UNREADABLE);
        assertThat(g.note()).hasValue("'Putin' is not one of the choices");
    }

    @Test
    void choice_longUnknownAnswer_isQuotedShortenedInTheNote() {
        Grade g = grade(LEAD, "Putin ".repeat(200).strip());
        assertThat(g.given()).hasSize(1199);
        assertThat(g.note())
                .hasValue("'" + "Putin ".repeat(10) + "… (1,139 more characters)' is not one of the choices");
    }

    @Test
    void choice_penalty_takesAShareForWrong_notForBlank() {
        String q = LEAD.replace("    points: 1\n", "") + "    penalty: 0.25\n    points: 2\n";
        assertThat(grade(q, "a").earned()).isEqualTo(-0.5);
        assertThat(grade(q, "").earned()).isZero();
        assertThat(grade(q, "").verdict()).isEqualTo(Verdict.UNANSWERED);
    }

    @Test
    void wrongPick_withoutPenalty_earnsZero_notMinusZero() {
        assertThat(String.valueOf(grade(LEAD, "a").earned())).isEqualTo("0.0");
        assertThat(String.valueOf(grade(MEMBERS, "d; e").earned())).isEqualTo("0.0");
        String q = "  - {id: t, type: true-false, prompt: p, answer: true, evidence: {paragraph: 1}}\n";
        assertThat(String.valueOf(grade(q, "false").earned())).isEqualTo("0.0");
        assertThat(grade(LEAD, "a")).isEqualTo(grade(LEAD, "Sergey Lavrov"));
    }

    @Test
    void multi_rightMinusWrong_isTheDefault() {
        Grade g = grade(MEMBERS, "a; b; d");
        assertThat(g.rule()).isEqualTo(Rule.RIGHT_MINUS_WRONG);
        assertThat(g.earned()).isEqualTo(1.0 / 3);
        assertThat(g.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(g.note()).hasValue("2 of 3 right choices picked, 1 wrong");
        assertThat(grade(MEMBERS, "a, b, c").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade(MEMBERS, "a; d; e").earned()).isZero();
    }

    @Test
    void multi_allOrNothing_andPerOption() {
        String all = MEMBERS + "    scoring: all-or-nothing\n";
        assertThat(grade(all, "a; b").earned()).isZero();
        assertThat(grade(all, "Alexander Fomin; Mikhail Galuzin; Igor Kostyukov")
                        .earned())
                .isEqualTo(1.0);
        String per = MEMBERS + "    scoring: per-option\n";
        assertThat(grade(per, "a; b; d").earned()).isEqualTo(3.0 / 5);
    }

    @Test
    void trueFalse_acceptsCommonSpellings() {
        String q = "  - {id: t, type: true-false, prompt: p, answer: true, evidence: {paragraph: 1}}\n";
        for (String yes : List.of("true", "TRUE", "t", "yes", "Y")) {
            assertThat(grade(q, yes).verdict()).as(yes).isEqualTo(Verdict.CORRECT);
        }
        for (String no : List.of("false", "F", "no", "n")) {
            assertThat(grade(q, no).verdict()).as(no).isEqualTo(Verdict.WRONG);
        }
        assertThat(grade(q, "maybe").rule()).isEqualTo(Rule.UNREADABLE);
    }
}
