package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.engine.SessionOptions;
import dev.lectern.engine.Verdict;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review of due questions, set after set, on a headless terminal. */
class ReviewQueueTest {
    private final List<AnswerLog.Answered> log = new ArrayList<>();

    private static List<String> ids(QuestionSet set, int... indexes) {
        List<String> ids = new ArrayList<>();
        for (int i : indexes) {
            ids.add(set.questions().get(i).id());
        }
        return ids;
    }

    private ScreenTester review() {
        List<ReviewQueue.Part> parts = List.of(
                new ReviewQueue.Part(Fixtures.ISTANBUL, Fixtures.istanbul(), ids(Fixtures.istanbul(), 0, 4, 6)),
                new ReviewQueue.Part(Fixtures.WHO_SAID, Fixtures.whoSaid(), ids(Fixtures.whoSaid(), 1)));
        return new ScreenTester(
                new ReviewQueue(parts, Fixtures.options(SessionOptions.Mode.PRACTICE), Fixtures.CLOCK, log::add));
    }

    @Test
    void theReview_listsTheSetsWithTheirDueQuestions_andStartsTheFirst() {
        ScreenTester t = review();
        assertThat(t.rows().subList(0, 10))
                .containsExactly(
                        "Review · 4 questions due today in 2 sets",
                        "Right answers send a question further out; wrong ones bring it back tomorrow.",
                        "",
                        "› " + Fixtures.istanbul().title(),
                        "    3 questions due · " + Fixtures.ISTANBUL,
                        "  " + Fixtures.whoSaid().title(),
                        "    1 question due · " + Fixtures.WHO_SAID,
                        "",
                        "Enter starts set 1 of 2: " + Fixtures.istanbul().title(),
                        "");
        assertThat(t.rows().get(23)).contains("Enter start set 1").contains("q quit");
        t.enter();
        assertThat(t.rows().get(0)).startsWith("Question 1 of 3");
        assertThat(t.rows().get(1)).isEqualTo(Fixtures.istanbul().title());
    }

    @Test
    void eachSet_offersExactlyItsDueQuestions_recordedAsReview_thenTheNextSet_thenTheEnd() {
        ScreenTester t = review().enter();
        List<String> offered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Question q = Answering.onScreen(t, Fixtures.istanbul());
            offered.add(q.id());
            if (i == 0) {
                Answering.wrong(t, q);
            } else {
                Answering.right(t, q);
            }
            t.enter();
        }
        assertThat(offered).containsExactlyInAnyOrderElementsOf(ids(Fixtures.istanbul(), 0, 4, 6));
        assertThat(log).extracting(a -> a.question().id()).containsExactlyElementsOf(offered);
        assertThat(log).allSatisfy(a -> assertThat(a.mode()).isEqualTo(dev.lectern.schedule.AnswerMode.REVIEW));
        assertThat(log)
                .extracting(a -> a.grade().verdict())
                .containsExactly(Verdict.WRONG, Verdict.CORRECT, Verdict.CORRECT);
        assertThat(t.rows().get(0)).isEqualTo("Summary · " + Fixtures.istanbul().title());
        assertThat(t.rows().get(1)).isEqualTo("Review: set 1 of 2 · s: next set");
        assertThat(t.rows().get(23)).contains("s next set");

        t.type("s");
        assertThat(t.rows().get(3)).isEqualTo("✓ " + Fixtures.istanbul().title());
        assertThat(t.rows().get(4)).isEqualTo("    3 questions due · " + Fixtures.ISTANBUL + " · reviewed");
        assertThat(t.rows().get(5)).isEqualTo("› " + Fixtures.whoSaid().title());
        assertThat(t.text())
                .contains("Enter starts set 2 of 2: " + Fixtures.whoSaid().title());
        t.enter();
        assertThat(t.rows().get(0)).startsWith("Question 1 of 1");
        Question last = Answering.onScreen(t, Fixtures.whoSaid());
        assertThat(last.id()).isEqualTo(ids(Fixtures.whoSaid(), 1).get(0));
        Answering.right(t, last);
        t.enter();
        assertThat(t.rows().get(1)).isEqualTo("Review: set 2 of 2 · s: end the review");
        assertThat(t.rows().get(23)).contains("s end the review");
        assertThat(log).hasSize(4);
        assertThat(log.get(3).setPath()).isEqualTo(Fixtures.WHO_SAID);
        assertThat(log.get(3).sessionId()).isNotEqualTo(log.get(0).sessionId());

        t.type("s");
        assertThat(t.rows().get(0)).isEqualTo("Review · done: 4 questions due today in 2 sets");
        assertThat(t.text()).contains("Every due question has been offered.");
        assertThat(t.rows().get(5)).isEqualTo("✓ " + Fixtures.whoSaid().title());
        t.enter();
        assertThat(t.view()).isNull();
    }

    @Test
    void quittingTheReview_midway_keepsWhatWasAnswered() {
        ScreenTester t = review().enter();
        Answering.right(t, Answering.onScreen(t, Fixtures.istanbul()));
        t.ctrl('c');
        assertThat(t.view()).isNull();
        assertThat(log).hasSize(1);
    }

    @Test
    void aReview_needsDueQuestions() {
        assertThatThrownBy(() -> new ReviewQueue.Part(Fixtures.ISTANBUL, Fixtures.istanbul(), List.of()))
                .hasMessage("a set in a review has questions due: " + Fixtures.ISTANBUL);
        assertThatThrownBy(() -> new ReviewQueue(
                        List.of(), Fixtures.options(SessionOptions.Mode.PRACTICE), Fixtures.CLOCK, log::add))
                .hasMessage("a review needs questions that are due");
    }
}
