package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.model.QuestionSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static final QuestionSet SET = Quiz.set("""
            title: T
            article: 000_d9e472c27e1e5fdd.txt
            shuffle: true
            pass: 60%
            questions:
              - {id: a, type: choice, prompt: p, choices: [x, y, z], answer: x, evidence: {paragraph: 1}}
              - {id: b, type: short, prompt: p, answer: Medinsky, evidence: {paragraph: 2}}
              - {id: c, type: true-false, prompt: p, answer: true, evidence: {paragraph: 1}}
              - {id: d, type: order, prompt: p, items: [one, two, three], evidence: {paragraph: 1}}
            """);

    @Test
    void sameSeed_replaysTheSameSession() {
        Session one = Session.start(SET, SessionOptions.practice(42));
        Session two = Session.start(SET, SessionOptions.practice(42));
        assertThat(one.items())
                .extracting(i -> i.question().id(), SessionItem::presentation)
                .isEqualTo(two.items().stream()
                        .map(i ->
                                org.assertj.core.groups.Tuple.tuple(i.question().id(), i.presentation()))
                        .toList());
    }

    @Test
    void orderItems_areNeverShownAlreadyInOrder() {
        for (long seed = 0; seed < 50; seed++) {
            Session s = Session.start(SET, SessionOptions.practice(seed));
            SessionItem order = s.items().stream()
                    .filter(i -> i.question().id().equals("d"))
                    .findFirst()
                    .orElseThrow();
            assertThat(order.presentation().order()).isNotEqualTo(List.of(0, 1, 2));
        }
    }

    @Test
    void answering_isImmutableAndSummarised() {
        SessionOptions inOrder = new SessionOptions(SessionOptions.Mode.PRACTICE, false, 7, Optional.empty());
        Session start = Session.start(SET, inOrder);
        Session done = start.answer("x")
                .next()
                .answer("Medinsky")
                .next()
                .answer("false")
                .next()
                .skip();
        assertThat(start.current().grade()).isEmpty();
        Summary summary = done.summary();
        assertThat(summary.score()).isEqualTo(2.0);
        assertThat(summary.max()).isEqualTo(4.0);
        assertThat(summary.percent()).isEqualTo(50.0);
        assertThat(summary.passed()).hasValue(false);
        assertThat(summary.count(Verdict.UNANSWERED)).isEqualTo(1);
        assertThat(summary.seed()).isEqualTo(7);
    }

    @Test
    void override_onlyForWrongFreeTextInPractice() {
        SessionOptions inOrder = new SessionOptions(SessionOptions.Mode.PRACTICE, false, 7, Optional.empty());
        Session s = Session.start(SET, inOrder).next().answer("Medinksy").overrideAsRight();
        assertThat(s.current().overridden()).isTrue();
        assertThat(s.current().grade().orElseThrow().verdict()).isEqualTo(Verdict.CORRECT);
        assertThatThrownBy(() -> Session.start(SET, inOrder).answer("y").overrideAsRight())
                .isInstanceOf(IllegalStateException.class);
        SessionOptions exam = new SessionOptions(SessionOptions.Mode.EXAM, false, 7, Optional.empty());
        assertThatThrownBy(() -> Session.start(SET, exam).next().answer("x").overrideAsRight())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlySomeQuestions_canBeAsked() {
        Session s = Session.start(SET, SessionOptions.practice(1).onlyQuestions(List.of("b", "c")));
        assertThat(s.items()).extracting(i -> i.question().id()).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void flagging_togglesAndKeepsTheAnswer() {
        Session s = Session.start(SET, SessionOptions.practice(1)).answer("a").flag();
        assertThat(s.current().flagged()).isTrue();
        assertThat(s.current().grade()).isPresent();
        assertThat(s.flag().current().flagged()).isFalse();
    }

    @Test
    void negativeMarks_lowerTheTotal_butNotBelowZero() {
        QuestionSet penalised = Quiz.set("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                penalty: 0.5
                questions:
                  - {id: a, type: choice, prompt: p, choices: [x, y], answer: x, evidence: {paragraph: 1}}
                  - {id: b, type: choice, prompt: p, choices: [x, y], answer: x, evidence: {paragraph: 1}}
                """);
        SessionOptions inOrder = new SessionOptions(SessionOptions.Mode.PRACTICE, false, 7, Optional.empty());
        assertThat(Session.start(penalised, inOrder)
                        .answer("x")
                        .next()
                        .answer("y")
                        .summary()
                        .score())
                .isEqualTo(0.5);
        assertThat(Session.start(penalised, inOrder)
                        .answer("y")
                        .next()
                        .answer("y")
                        .summary()
                        .score())
                .isZero();
    }
}
