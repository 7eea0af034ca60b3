package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Question;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Answers in parts taken apart: which picks, pairs, items and blanks are right, and how that adds up to the grade. */
class BreakdownTest {
    private static final String MULTI = """
              - id: m
                type: multi
                prompt: Who will join Medinsky?
                choices: [Alexander Fomin, Mikhail Galuzin, Igor Kostyukov, Yuri Ushakov, Sergey Lavrov]
                answers: [Alexander Fomin, Mikhail Galuzin, Igor Kostyukov]
                evidence: {paragraph: 9}
            """;
    private static final String MATCH = """
              - id: r
                type: match
                prompt: Match.
                pairs:
                  Vladimir Medinsky: former culture minister
                  Alexander Fomin: deputy defence minister
                  Mikhail Galuzin: deputy foreign minister
                evidence: {paragraph: 9}
            """;
    private static final String ORDER = """
              - id: o
                type: order
                prompt: Order.
                items: [one, two, three, four, five]
                evidence: {paragraph: 1}
            """;
    private static final String CLOZE = """
              - id: c
                type: cloze
                match: lenient
                typo-credit: 0.5
                prompt: Fill in.
                text: >-
                  Medinsky is the former [[Russian]] culture minister; Kostyukov heads
                  [[Russia]]'s military intelligence and [[Medinsky]] leads.
                evidence: {paragraph: 9}
            """;

    private static Breakdown of(String yaml, String... answer) {
        Question q = Quiz.question(yaml);
        return Breakdown.of(q, Presentation.asWritten(q), List.of(answer)).orElseThrow();
    }

    private static Breakdown.Part part(String label, String given, Verdict v, String correction) {
        return new Breakdown.Part(label, given, v, Optional.ofNullable(correction));
    }

    @Test
    void multi_eachPickRightOrWrong_inTheOrderGiven_andTheRightOnesNotPicked() {
        Breakdown b = of(MULTI, "e; a");
        assertThat(b.parts())
                .containsExactly(
                        part("", "Sergey Lavrov", Verdict.WRONG, null),
                        part("", "Alexander Fomin", Verdict.CORRECT, null));
        assertThat(b.missed()).containsExactly("Mikhail Galuzin", "Igor Kostyukov");
    }

    @Test
    void multi_picksByText_asAnswerSheetsWriteThem() {
        Breakdown b = of(MULTI, "alexander fomin; Mikhail Galuzin; Igor Kostyukov");
        assertThat(b.count(Verdict.CORRECT)).isEqualTo(3);
        assertThat(b.missed()).isEmpty();
    }

    @Test
    void multi_lettersRefer_toTheShuffledOrderShown() {
        Question q = Quiz.question(MULTI);
        Presentation shown = new Presentation(List.of(4, 3, 2, 1, 0));
        Breakdown b = Breakdown.of(q, shown, List.of("a")).orElseThrow();
        assertThat(b.parts()).containsExactly(part("", "Sergey Lavrov", Verdict.WRONG, null));
        assertThat(b.missed())
                .as("in the order shown")
                .containsExactly("Igor Kostyukov", "Mikhail Galuzin", "Alexander Fomin");
    }

    @Test
    void match_everyLeftItem_withWhatItWasPairedWith_andItsRightPartnerWhenWrong() {
        Breakdown b = of(MATCH, "Alexander Fomin = former culture minister", "Vladimir Medinsky = 2");
        assertThat(b.parts())
                .containsExactly(
                        part(
                                "Vladimir Medinsky",
                                "deputy defence minister",
                                Verdict.WRONG,
                                "right: former culture minister"),
                        part(
                                "Alexander Fomin",
                                "former culture minister",
                                Verdict.WRONG,
                                "right: deputy defence minister"),
                        part("Mikhail Galuzin", "", Verdict.UNANSWERED, "right: deputy foreign minister"));
    }

    @Test
    void order_theItemsOutOfPlace_areTheFewestThatMovedPutTheRestInOrder() {
        assertThat(of(ORDER, "two; three; one; four; five").parts())
                .extracting(Breakdown.Part::verdict)
                .containsExactly(Verdict.CORRECT, Verdict.CORRECT, Verdict.WRONG, Verdict.CORRECT, Verdict.CORRECT);
        assertThat(of(ORDER, "two; three; one; four; five").parts().get(2))
                .isEqualTo(part("3. ", "one", Verdict.WRONG, "belongs at 1"));
    }

    @Test
    void order_reversed_keepsOnlyTheMiddleItem_whichIsInItsPlace() {
        assertThat(of(ORDER, "e; d; c; b; a").parts())
                .extracting(Breakdown.Part::verdict)
                .containsExactly(Verdict.WRONG, Verdict.WRONG, Verdict.CORRECT, Verdict.WRONG, Verdict.WRONG);
    }

    @Test
    void cloze_eachBlankJudgedAsTheGradeJudgesIt_aForgivenSlipAtHalfCreditIsPartlyRight() {
        Question q = Quiz.question(CLOZE);
        List<String> answer = List.of("Rusian", "Russian", "");
        Breakdown b = Breakdown.of(q, Presentation.asWritten(q), answer).orElseThrow();
        assertThat(b.parts())
                .containsExactly(
                        part("(1) ", "Rusian", Verdict.PARTIAL, "right: Russian"),
                        part("(2) ", "Russian", Verdict.WRONG, "right: Russia"),
                        part("(3) ", "", Verdict.UNANSWERED, "right: Medinsky"));
        assertThat(Quiz.grade(q, "Rusian; Russian; ").earned()).isEqualTo(0.5 / 3);
    }

    @Test
    void noBreakdown_forKindsOfOnePart_blankAnswers_orAnswersThatCannotBeRead() {
        Question tf =
                Quiz.question("  - {id: t, type: true-false, prompt: p, answer: true, evidence: {paragraph: 1}}\n");
        assertThat(Breakdown.of(tf, Presentation.asWritten(tf), List.of("true")))
                .isEmpty();
        Question m = Quiz.question(MULTI);
        assertThat(Breakdown.of(m, Presentation.asWritten(m), List.of(" "))).isEmpty();
        assertThat(Breakdown.of(m, Presentation.asWritten(m), List.of("a; Boris Johnson")))
                .isEmpty();
        Question o = Quiz.question(ORDER);
        assertThat(Breakdown.of(o, Presentation.asWritten(o), List.of("a; b"))).isEmpty();
    }

    /** For any answer, the parts agree with the grade's own count ("2 of 3 right choices", "2 of 4 pairs right"). */
    @Test
    void partsAddUpToTheGrade_forRandomAnswers() {
        Random random = new Random(14);
        Question multi = Quiz.question(MULTI);
        Question match = Quiz.question(MATCH);
        Grader grader = new Grader(Quiz.set("questions:\n" + MULTI).article());
        for (int run = 0; run < 200; run++) {
            List<String> letters = IntStream.range(0, 5)
                    .filter(i -> random.nextBoolean())
                    .mapToObj(i -> String.valueOf((char) ('a' + i)))
                    .toList();
            if (!letters.isEmpty()) {
                String answer = String.join("; ", letters);
                Grade g = grader.grade(multi, Presentation.asWritten(multi), answer);
                Breakdown b = Breakdown.of(multi, Presentation.asWritten(multi), List.of(answer))
                        .orElseThrow();
                long wrong = b.count(Verdict.WRONG);
                assertThat(g.note())
                        .hasValue(b.count(Verdict.CORRECT) + " of 3 right choices picked"
                                + (wrong > 0 ? ", " + wrong + " wrong" : ""));
                assertThat(b.count(Verdict.CORRECT) + b.missed().size()).isEqualTo(3);
            }
            List<String> pairs = IntStream.range(0, 3)
                    .mapToObj(i -> (char) ('a' + i) + " = " + (1 + random.nextInt(3)))
                    .toList();
            Grade g = grader.grade(match, Presentation.asWritten(match), pairs);
            Breakdown b =
                    Breakdown.of(match, Presentation.asWritten(match), pairs).orElseThrow();
            assertThat(g.note()).hasValue(b.count(Verdict.CORRECT) + " of 3 pairs right");
        }
    }
}
