package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary: the score after a whole set, leaving early with Esc, and retrying only the missed questions. */
class SummaryTest {
    private final List<Question> questions = Fixtures.istanbul().questions();
    private final ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));

    @Test
    void wholeSetAnsweredRight_summaryShowsTheFullScore() {
        for (Question q : questions) {
            Answering.right(t, q);
            t.enter();
        }

        assertThat(t.view()).isInstanceOf(SummaryView.class);
        assertThat(t.rows().get(2)).isEqualTo("Score 18 of 18 (100%)  PASSED");
        assertThat(t.rows().get(3)).isEqualTo("Time 0:00 · seed 7 · 13 right, 0 partly, 0 wrong, 0 unanswered");
    }

    @Test
    void wholeSetAnsweredWrong_summaryShowsNothingScored() {
        for (Question q : questions) {
            Answering.wrong(t, q);
            t.enter();
        }

        assertThat(t.rows().get(2)).isEqualTo("Score 0 of 18 (0%)  NOT PASSED");
        assertThat(t.rows().get(3)).endsWith("0 right, 0 partly, 13 wrong, 0 unanswered");
    }

    @Test
    void escapeFromAQuestion_asks_andFinishNowGoesToTheSummary() {
        Answering.right(t, questions.get(0));
        t.enter();
        t.press(KeyType.Escape);
        assertThat(t.view()).isInstanceOf(LeaveView.class);
        assertThat(t.rows().subList(0, 8))
                .containsExactly(
                        "Leave the quiz?",
                        Fixtures.istanbul().title(),
                        "",
                        "1 of 13 answered.",
                        "",
                        "› l  Leave, and keep the answers for later",
                        "  f  Finish now, and score what was answered",
                        "  b  Go back to the question");
        t.type("f");

        assertThat(t.view()).isInstanceOf(SummaryView.class);
        assertThat(t.rows().get(0)).isEqualTo("Summary · " + Fixtures.istanbul().title());
        assertThat(t.rows().get(2)).startsWith("Score 1 of 18 (6%)");
        assertThat(t.rows().get(5)).startsWith("  1 correct");
        assertThat(t.rows().get(6)).startsWith("  2 unanswered");
    }

    @Test
    void m_retriesOnlyTheMissedQuestions() {
        Answering.right(t, questions.get(0));
        t.enter();
        Answering.wrong(t, questions.get(1));
        t.enter();
        Answering.right(t, questions.get(2));
        t.press(KeyType.Escape);
        t.type("f");
        t.type("m");

        assertThat(t.view()).isInstanceOf(QuestionView.class);
        assertThat(t.rows().get(0)).startsWith("Question 1 of 11");
        assertThat(t.flat()).contains(questions.get(1).prompt());
        t.press(KeyType.Escape);
        t.type("f");
        String retried = t.text();
        assertThat(retried).contains("Score 0 of 15");
        assertThat(retried)
                .doesNotContain(questions.get(0).prompt().substring(0, 30))
                .doesNotContain(questions.get(2).prompt().substring(0, 30));
    }

    @Test
    void enterOnAnAnsweredQuestion_showsItsFeedback_andEnterComesBack() {
        Answering.wrong(t, questions.get(0));
        t.press(KeyType.Escape);
        t.type("f");
        t.enter();

        assertThat(t.view()).isInstanceOf(FeedbackView.class);
        assertThat(t.rows().get(2)).startsWith("✗ Wrong");
        t.enter();
        assertThat(t.view()).isInstanceOf(SummaryView.class);
    }

    @Test
    void iWasRight_fromTheSummary_showsInTheSummary_whetherLeftWithEscOrEnter() {
        for (Question q : questions.subList(0, 3)) {
            Answering.right(t, q);
            t.enter();
        }
        t.type("the culture ministry of Russia");
        t.enter();
        t.press(KeyType.Escape);
        t.type("f");
        t.press(KeyType.ArrowDown, 3);
        t.enter();
        assertThat(t.rows().get(2)).startsWith("✗ Wrong");
        t.type("!");
        assertThat(t.rows().get(2)).startsWith("✓ Correct 1 of 1 point (you marked it right)");

        t.press(KeyType.Escape);

        assertThat(t.view()).isInstanceOf(SummaryView.class);
        assertThat(t.rows().get(8)).startsWith("  4 correct*");
        assertThat(t.cell(0, 8).isReversed())
                .as("the cursor stays on question 4")
                .isTrue();
        t.enter();
        t.enter();
        assertThat(t.rows().get(8)).startsWith("  4 correct*");
    }

    @Test
    void q_quits() {
        t.press(KeyType.Escape);
        t.type("f");
        t.type("q");
        assertThat(t.view()).isNull();
    }
}
