package dev.lectern.load;

import static dev.lectern.load.Snippets.load;
import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The grading keys: {@code match}, {@code case}, {@code typo-credit}, {@code credit}, {@code penalty},
 * {@code negative-total}, {@code scoring}, {@code near} and {@code wrong}. Each mistake's whole message is pinned,
 * and valid values are shown to reach the model, set defaults settled into each question.
 */
class LoaderGradingKeysTest {
    private static final String HEAD = "title: T\narticle: 000_d9e472c27e1e5fdd.txt\n";
    private static final String SHORT = """
                                        questions:
                                          - { id: q1, type: short, prompt: P, answer: Medinsky, evidence: { paragraph: 2 } }
                                        """;

    private static QuestionSet set(String yaml) {
        LoadResult r = load(yaml);
        assertThat(Snippets.shown(r)).isEmpty();
        return r.set().orElseThrow();
    }

    private static Question question(QuestionSet set, String id) {
        return set.questions().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // ---- set-level options ----

    @Test
    void caseNeitherSensitiveNorInsensitive_saysWhichAreAllowed() {
        assertThat(problems(HEAD + "case: sometimes\n" + SHORT))
                .containsExactly("q.yaml:3:7: error: case must be sensitive or insensitive; found 'sometimes'");
    }

    @Test
    void caseInCapitals_suggestsTheLowerCaseWord() {
        assertThat(problems(HEAD + "case: Sensitive\n" + SHORT))
                .containsExactly(
                        "q.yaml:3:7: error: case must be sensitive or insensitive; found 'Sensitive'; did you mean"
                                + " 'sensitive'?");
    }

    @Test
    void negativeTotalYes_saysWhichAreAllowed() {
        assertThat(problems(HEAD + "negative-total: yes\n" + SHORT))
                .containsExactly("q.yaml:3:17: error: negative-total must be allowed or not-allowed; found 'yes'");
    }

    @Test
    void typoCreditAboveOne_isNotAShare() {
        assertThat(problems(HEAD + "typo-credit: 2\n" + SHORT))
                .containsExactly(
                        "q.yaml:3:14: error: typo-credit must be a share of the points from 0 to 1, like 0.5 or 50%;"
                                + " found '2'");
    }

    @Test
    void negativePenalty_saysToDropTheMinus() {
        assertThat(problems(HEAD + "penalty: -1\n" + SHORT))
                .containsExactly(
                        "q.yaml:3:10: error: penalty must be a share of the points from 0 to 1, like 0.5 or 50%; found '-1';"
                                + " write the share a wrong answer loses, without a minus sign");
    }

    @Test
    void penaltyAbove100Percent_isNotAShare() {
        assertThat(problems(HEAD + "penalty: 150%\n" + SHORT))
                .containsExactly(
                        "q.yaml:3:10: error: penalty must be a share of the points from 0 to 1, like 0.5 or 50%;"
                                + " found '150%'");
    }

    @Test
    void everySetOptionWrongAtOnce_reportsEach() {
        assertThat(problems(HEAD + "case: sometimes\nnegative-total: yes\ntypo-credit: 2\npenalty: -1\nmatch: lenint\n"
                        + SHORT))
                .containsExactly(
                        "q.yaml:3:7: error: case must be sensitive or insensitive; found 'sometimes'",
                        "q.yaml:4:17: error: negative-total must be allowed or not-allowed; found 'yes'",
                        "q.yaml:5:14: error: typo-credit must be a share of the points from 0 to 1, like 0.5 or 50%;"
                                + " found '2'",
                        "q.yaml:6:10: error: penalty must be a share of the points from 0 to 1, like 0.5 or 50%; found '-1';"
                                + " write the share a wrong answer loses, without a minus sign",
                        "q.yaml:7:8: error: unknown match policy 'lenint'; did you mean 'lenient'? (policies: exact,"
                                + " normalized, lenient, squad)");
    }

    // ---- question-level options ----

    @Test
    void questionPenaltyOutOfRange_isNotAShare() {
        assertThat(problems(HEAD + """
                questions:
                  - id: c
                    type: choice
                    prompt: Who leads?
                    choices: [Medinsky, Lavrov]
                    answer: Medinsky
                    penalty: 150%
                    evidence: { paragraph: 2 }
                  - id: tf
                    type: true-false
                    prompt: Medinsky leads.
                    answer: true
                    penalty: -0.25
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:9:14: error: penalty must be a share of the points from 0 to 1, like 0.5 or 50%;"
                                + " found '150%'",
                        "q.yaml:15:14: error: penalty must be a share of the points from 0 to 1, like 0.5 or 50%;"
                                + " found '-0.25'; write the share a wrong answer loses, without a minus sign");
    }

    @Test
    void nearNotANumber_isNotAShare() {
        assertThat(problems(HEAD + """
                questions:
                  - id: e
                    type: evidence
                    prompt: Find the sentence that says who leads.
                    answer: "2.1"
                    near: abc
                """))
                .containsExactly(
                        "q.yaml:8:11: error: near must be a share of the points from 0 to 1, like 0.5 or 50%; found 'abc'");
    }

    @Test
    void unknownCredit_listsTheCredits() {
        assertThat(problems(HEAD + """
                questions:
                  - id: s
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    credit: half
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:8:13: error: unknown credit 'half' (credits: all-or-nothing, f1)");
    }

    @Test
    void misspeltMultiScoring_suggestsTheClosestPolicy() {
        assertThat(problems(HEAD + """
                questions:
                  - id: m
                    type: multi
                    prompt: Who is in the delegation?
                    choices: [Medinsky, Fomin, Lavrov]
                    answers: [Medinsky, Fomin]
                    scoring: all-or-nuthing
                    evidence: { paragraph: 9 }
                """))
                .containsExactly(
                        "q.yaml:9:14: error: unknown scoring policy 'all-or-nuthing'; did you mean 'all-or-nothing'?"
                                + " (policies: all-or-nothing, right-minus-wrong, per-option)");
    }

    @Test
    void orderPolicyOnMulti_namesTheTypeItBelongsTo() {
        assertThat(problems(HEAD + """
                questions:
                  - id: m
                    type: multi
                    prompt: Who is in the delegation?
                    choices: [Medinsky, Fomin, Lavrov]
                    answers: [Medinsky, Fomin]
                    scoring: pairs
                    evidence: { paragraph: 9 }
                  - id: o
                    type: order
                    prompt: Earliest first.
                    items: [Putin's address, Zelenskiy's challenge]
                    scoring: per-option
                    evidence: { paragraph: 13 }
                """))
                .containsExactly(
                        "q.yaml:9:14: error: scoring policy 'pairs' is for order questions, not multi (policies for multi:"
                                + " all-or-nothing, right-minus-wrong, per-option)",
                        "q.yaml:15:14: error: scoring policy 'per-option' is for multi questions, not order (policies for"
                                + " order: all-or-nothing, pairs)");
    }

    @Test
    void scoringOnAChoiceQuestion_isAnUnknownKey() {
        assertThat(problems(HEAD + """
                questions:
                  - id: c
                    type: choice
                    prompt: Who leads?
                    choices: [Medinsky, Lavrov]
                    answer: Medinsky
                    scoring: all-or-nothing
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:9:5: error: unknown key 'scoring' in question 'c' (type choice); allowed keys are id, type,"
                                + " prompt, evidence, explain, hint, points, choices, answer, feedback, penalty");
    }

    @Test
    void wrongGivenAsAList_showsTheMappingItNeeds() {
        assertThat(problems(HEAD + """
                questions:
                  - id: s
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    wrong: [Putin, Lavrov]
                    evidence: { paragraph: 2 }
                  - id: n
                    type: number
                    prompt: How many died?
                    answer: 35
                    wrong:
                      - 3
                    evidence: { paragraph: 4 }
                """))
                .containsExactly(
                        "q.yaml:8:12: error: 'wrong' must map each expected wrong answer to why it is wrong, like"
                                + " { \"wrong answer\": \"why it is wrong\" }; found a list",
                        "q.yaml:15:7: error: 'wrong' must map each expected wrong answer to why it is wrong, like"
                                + " { \"wrong answer\": \"why it is wrong\" }; found a list");
    }

    @Test
    void numberWrongAnswerInWords_isNotANumber() {
        assertThat(problems(HEAD + """
                questions:
                  - id: n
                    type: number
                    prompt: How many died on Palm Sunday?
                    answer: 35
                    wrong: { many: "The article gives a figure.", 3: "That was Wednesday's attack." }
                    evidence: { paragraph: 4 }
                """))
                .containsExactly(
                        "q.yaml:8:14: error: an expected wrong answer of a number question must be a number in figures,"
                                + " like 35 or 3.5; found 'many'");
    }

    @Test
    void numberAnswerInWords_isNotANumber() {
        assertThat(problems(HEAD + """
                questions:
                  - id: n
                    type: number
                    prompt: How many died on Palm Sunday?
                    answers: [30, thirty]
                    evidence: { paragraph: 4 }
                """))
                .containsExactly(
                        "q.yaml:7:19: error: the answer of a number question must be a number in figures, like 35 or 3.5;"
                                + " found 'thirty'");
    }

    @Test
    void misspeltMatchOnAQuestion_suggestsLenient() {
        assertThat(problems(HEAD + """
                questions:
                  - id: s
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    match: lenint
                    case: sometimes
                    typo-credit: 2
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:8:12: error: unknown match policy 'lenint'; did you mean 'lenient'? (policies: exact,"
                                + " normalized, lenient, squad)",
                        "q.yaml:9:11: error: case must be sensitive or insensitive; found 'sometimes'",
                        "q.yaml:10:18: error: typo-credit must be a share of the points from 0 to 1, like 0.5 or 50%;"
                                + " found '2'");
    }

    // ---- valid values reach the model ----

    @Test
    void textMatching_comesFromTheSetAndEachQuestionMayOverrideIt() {
        QuestionSet set = set(HEAD + """
                match: lenient
                case: sensitive
                typo-credit: 50%
                questions:
                  - { id: inherits, type: short, prompt: P, answer: Medinsky, evidence: { paragraph: 2 } }
                  - id: overrides
                    type: short
                    prompt: P
                    answer: Medinsky
                    match: exact
                    case: insensitive
                    typo-credit: 0.25
                    credit: f1
                    evidence: { paragraph: 2 }
                  - { id: policy-only, type: short, prompt: P, answer: Medinsky, match: squad,
                      evidence: { paragraph: 2 } }
                  - { id: blanks, type: cloze, text: "led by [[Medinsky]]", evidence: { paragraph: 2 } }
                  - { id: blanks-own, type: cloze, text: "led by [[Medinsky]]", case: insensitive,
                      evidence: { paragraph: 2 } }
                """);
        ShortQuestion inherits = (ShortQuestion) question(set, "inherits");
        assertThat(inherits.matching()).isEqualTo(new TextMatching(MatchPolicy.LENIENT, true, 0.5));
        assertThat(inherits.credit()).isEqualTo(TextCredit.ALL_OR_NOTHING);
        ShortQuestion overrides = (ShortQuestion) question(set, "overrides");
        assertThat(overrides.matching()).isEqualTo(new TextMatching(MatchPolicy.EXACT, false, 0.25));
        assertThat(overrides.credit()).isEqualTo(TextCredit.F1);
        assertThat(((ShortQuestion) question(set, "policy-only")).matching())
                .isEqualTo(new TextMatching(MatchPolicy.SQUAD, true, 0.5));
        assertThat(((ClozeQuestion) question(set, "blanks")).matching())
                .isEqualTo(new TextMatching(MatchPolicy.LENIENT, true, 0.5));
        assertThat(((ClozeQuestion) question(set, "blanks-own")).matching())
                .isEqualTo(new TextMatching(MatchPolicy.LENIENT, false, 0.5));
    }

    @Test
    void withoutTextOptions_theDefaultsApply() {
        ShortQuestion q = (ShortQuestion) set(HEAD + SHORT).questions().get(0);
        assertThat(q.matching()).isEqualTo(TextMatching.DEFAULT);
        assertThat(q.matching()).isEqualTo(new TextMatching(MatchPolicy.NORMALIZED, false, 1.0));
        assertThat(q.credit()).isEqualTo(TextCredit.ALL_OR_NOTHING);
        assertThat(q.wrong()).isEmpty();
    }

    @Test
    void penalty_comesFromTheSetAndEachQuestionMayOverrideIt() {
        QuestionSet set = set(HEAD + """
                penalty: 25%
                negative-total: allowed
                questions:
                  - { id: c, type: choice, prompt: P, choices: [Medinsky, Lavrov], answer: Medinsky,
                      evidence: { paragraph: 2 } }
                  - { id: c-own, type: choice, prompt: P, choices: [Medinsky, Lavrov], answer: Medinsky, penalty: 0.5,
                      evidence: { paragraph: 2 } }
                  - { id: m, type: multi, prompt: P, choices: [Medinsky, Fomin, Lavrov], answers: [Medinsky, Fomin],
                      evidence: { paragraph: 9 } }
                  - { id: tf, type: true-false, prompt: P, answer: true, penalty: 0, evidence: { paragraph: 2 } }
                """);
        assertThat(((ChoiceQuestion) question(set, "c")).penalty()).isEqualTo(0.25);
        assertThat(((ChoiceQuestion) question(set, "c-own")).penalty()).isEqualTo(0.5);
        assertThat(((MultiQuestion) question(set, "m")).penalty()).isEqualTo(0.25);
        assertThat(((TrueFalseQuestion) question(set, "tf")).penalty()).isZero();
        assertThat(set.negativeTotal()).isTrue();
    }

    @Test
    void withoutPenaltyOrNegativeTotal_nothingIsTakenAway() {
        QuestionSet set = set(HEAD + """
                negative-total: not-allowed
                questions:
                  - { id: c, type: choice, prompt: P, choices: [Medinsky, Lavrov], answer: Medinsky,
                      evidence: { paragraph: 2 } }
                """);
        assertThat(((ChoiceQuestion) question(set, "c")).penalty()).isZero();
        assertThat(set.negativeTotal()).isFalse();
        assertThat(set(HEAD + SHORT).negativeTotal()).isFalse();
    }

    @Test
    void scoring_defaultsToRightMinusWrongAndPairs_andCanBeChosen() {
        QuestionSet set = set(HEAD + """
                questions:
                  - { id: m, type: multi, prompt: P, choices: [Medinsky, Fomin, Lavrov], answers: [Medinsky, Fomin],
                      evidence: { paragraph: 9 } }
                  - { id: m-all, type: multi, prompt: P, choices: [Medinsky, Fomin, Lavrov], answers: [Fomin],
                      scoring: all-or-nothing, evidence: { paragraph: 9 } }
                  - { id: m-each, type: multi, prompt: P, choices: [Medinsky, Fomin, Lavrov], answers: [Fomin],
                      scoring: per-option, evidence: { paragraph: 9 } }
                  - { id: o, type: order, prompt: P, items: [one, two, three], evidence: { paragraph: 13 } }
                  - { id: o-all, type: order, prompt: P, items: [one, two], scoring: all-or-nothing,
                      evidence: { paragraph: 13 } }
                """);
        assertThat(((MultiQuestion) question(set, "m")).scoring()).isEqualTo(MultiScoring.RIGHT_MINUS_WRONG);
        assertThat(((MultiQuestion) question(set, "m-all")).scoring()).isEqualTo(MultiScoring.ALL_OR_NOTHING);
        assertThat(((MultiQuestion) question(set, "m-each")).scoring()).isEqualTo(MultiScoring.PER_OPTION);
        assertThat(((OrderQuestion) question(set, "o")).scoring()).isEqualTo(OrderScoring.PAIRS);
        assertThat(((OrderQuestion) question(set, "o-all")).scoring()).isEqualTo(OrderScoring.ALL_OR_NOTHING);
    }

    @Test
    void near_defaultsToHalfAndCanBeChosen() {
        QuestionSet set = set(HEAD + """
                questions:
                  - { id: e, type: evidence, prompt: Find it., answer: "2.1" }
                  - { id: e-own, type: evidence, prompt: Find it., answer: "20.2", accept: ["20.1"], near: 20% }
                  - { id: e-none, type: evidence, prompt: Find it., answer: "2.1", near: 0 }
                """);
        EvidenceQuestion e = (EvidenceQuestion) question(set, "e");
        assertThat(e.near()).isEqualTo(EvidenceQuestion.DEFAULT_NEAR).isEqualTo(0.5);
        assertThat(e.accept()).isEmpty();
        EvidenceQuestion own = (EvidenceQuestion) question(set, "e-own");
        assertThat(own.near()).isEqualTo(0.2);
        assertThat(own.accept()).extracting(Object::toString).containsExactly("20.1");
        assertThat(((EvidenceQuestion) question(set, "e-none")).near()).isZero();
    }

    @Test
    void numberAnswers_loadAsAListOfValues_withExpectedWrongNumbers() {
        QuestionSet set = set(HEAD + """
                questions:
                  - id: n
                    type: number
                    prompt: How many died on Palm Sunday?
                    answers: [35, "35,0", 34.5]
                    wrong: { 3: "That was Wednesday's attack." }
                    evidence: { paragraph: 4 }
                """);
        NumberQuestion n = (NumberQuestion) set.questions().get(0);
        assertThat(n.answers())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("35"), new BigDecimal("35"), new BigDecimal("34.5"));
        assertThat(n.wrong()).containsExactly(new WrongAnswer("3", "That was Wednesday's attack."));
    }

    @Test
    void shortWrongAnswers_loadInFileOrder() {
        ShortQuestion s = (ShortQuestion) set(HEAD + """
                questions:
                  - id: s
                    type: short
                    prompt: Who leads?
                    answers: [Vladimir Medinsky, Medinsky]
                    wrong: { Putin: "Putin is not going.", Lavrov: "Lavrov is not being sent." }
                    evidence: { paragraph: 2 }
                """).questions().get(0);
        assertThat(s.answers()).containsExactly("Vladimir Medinsky", "Medinsky");
        assertThat(s.wrong())
                .containsExactly(
                        new WrongAnswer("Putin", "Putin is not going."),
                        new WrongAnswer("Lavrov", "Lavrov is not being sent."));
    }
}
