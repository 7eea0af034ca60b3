package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exam mode: no grade until the learner finishes; a review of answered, unanswered and flagged questions. */
class ExamModeTest {
    private final List<Question> questions = Fixtures.istanbul().questions();
    private final ScreenTester t = new ScreenTester(Fixtures.exam(Fixtures.istanbul()));

    private static final List<String> GRADE_WORDS =
            List.of("✓", "✗", "◐", "Correct", "Wrong", "Partly right", "Score", "score");

    private void assertNoGradeShown() {
        for (String word : GRADE_WORDS) {
            assertThat(t.text()).as(t.text()).doesNotContain(word);
        }
    }

    @Test
    void answering_goesStraightToTheNextQuestion_withoutFeedback() {
        assertThat(t.rows().get(0)).startsWith("Question 1 of 13").endsWith("exam");
        Answering.wrong(t, questions.get(0));

        assertThat(t.view()).isInstanceOf(QuestionView.class);
        assertThat(t.rows().get(0)).startsWith("Question 2 of 13");
        assertNoGradeShown();
    }

    @Test
    void everyQuestionAnswered_endsInTheReview_withNoGrades() {
        for (Question q : questions) {
            assertNoGradeShown();
            Answering.right(t, q);
        }

        assertThat(t.view()).isInstanceOf(ReviewView.class);
        assertThat(t.text()).contains("Review · Istanbul talks", "13 answered · 0 unanswered · 0 flagged");
        assertThat(t.rows().subList(5, 18)).allMatch(r -> r.substring(4).startsWith("answered"));
        assertNoGradeShown();
    }

    @Test
    void tab_skipsOneQuestion_andTheReviewShowsItUnanswered() {
        t.press(KeyType.Tab);
        assertThat(t.rows().get(0)).startsWith("Question 2 of 13");
        t.press(KeyType.Escape);

        assertThat(t.view()).isInstanceOf(ReviewView.class);
        assertThat(t.text()).contains("0 answered · 13 unanswered");
        assertThat(t.rows().get(5))
                .startsWith("  1 unanswered   " + questions.get(0).prompt().substring(0, 40))
                .endsWith("…")
                .hasSize(80);
    }

    @Test
    void escape_opensTheReview_andEscapeAgainReturnsToTheQuestion() {
        Answering.right(t, questions.get(0));
        t.press(KeyType.Escape);

        assertThat(t.view()).isInstanceOf(ReviewView.class);
        assertThat(t.text()).contains("1 answered · 12 unanswered · 0 flagged");
        assertThat(t.rows().get(5)).startsWith("  1 answered");
        assertThat(t.rows().get(6)).startsWith("  2 unanswered");
        t.press(KeyType.Escape);
        assertThat(t.rows().get(0)).startsWith("Question 2 of 13");
    }

    @Test
    void ctrlF_flagsTheQuestion_keepsWhatWasTyped_andTheReviewShowsTheFlag() {
        t.press(KeyType.Tab, 3);
        t.type("culture");
        t.ctrl('f');

        assertThat(t.rows().get(0)).startsWith("Question 4 of 13").endsWith("exam · ⚑ flagged");
        assertThat(t.text()).contains("Answer: culture");
        t.press(KeyType.Escape);
        assertThat(t.text()).contains("1 flagged");
        assertThat(t.rows().get(8))
                .startsWith("  4 unanswered ⚑ " + questions.get(3).prompt().substring(0, 20));
    }

    @Test
    void enterInTheReview_goesBackToThatQuestion_andAnsweringReturnsToTheReview() {
        t.press(KeyType.Escape);
        t.press(KeyType.ArrowDown, 4);
        t.enter();

        assertThat(t.view()).isInstanceOf(QuestionView.class);
        assertThat(t.rows().get(0)).startsWith("Question 5 of 13");
        Answering.right(t, questions.get(4));
        assertThat(t.view()).isInstanceOf(ReviewView.class);
        assertThat(t.rows().get(9)).startsWith("  5 answered");
        assertNoGradeShown();
    }

    @Test
    void f_finishes_andOnlyThenTheSummaryShowsTheGrades() {
        Answering.right(t, questions.get(0));
        Answering.wrong(t, questions.get(1));
        t.press(KeyType.Escape);
        t.type("f");
        assertThat(t.view()).isInstanceOf(FinishExamView.class);
        assertThat(t.rows().subList(0, 7))
                .containsExactly(
                        "Finish the exam?",
                        Fixtures.istanbul().title(),
                        "",
                        "11 of 13 unanswered",
                        "An unanswered question scores nothing, and comes back for review tomorrow.",
                        "",
                        "› y  Yes, finish the exam and see the grades");
        t.type("y");

        assertThat(t.view()).isInstanceOf(SummaryView.class);
        assertThat(t.text()).contains("Score 1 of 18", "1 right, 0 partly, 1 wrong, 11 unanswered");
        assertThat(t.rows().get(5)).contains("correct");
        assertThat(t.rows().get(6)).contains("wrong");
    }

    @Test
    void afterFinishing_aWrongShortAnswer_offersNoIWasRight_andAnUnansweredOneCannotBeAnsweredNow() {
        t.press(KeyType.Tab, 3);
        t.type("the culture ministry of Russia");
        t.enter();
        t.press(KeyType.Escape);
        t.type("f");
        t.type("y");
        t.press(KeyType.ArrowDown, 3);
        t.enter();

        assertThat(t.view()).isInstanceOf(FeedbackView.class);
        assertThat(t.rows().get(2)).startsWith("✗ Wrong");
        assertThat(t.text()).doesNotContain("I was right");
        t.type("!");
        assertThat(t.rows().get(2)).startsWith("✗ Wrong");

        t.press(KeyType.Escape);
        t.press(KeyType.ArrowUp);
        t.enter();
        assertThat(t.view()).isInstanceOf(SummaryView.class);
    }

    @Test
    void inACloze_tabMovesBetweenBlanks_soCtrlNSkips() {
        t.press(KeyType.Tab, 5);
        assertThat(t.rows().get(0)).startsWith("Question 6 of 13");
        assertThat(t.rows().get(23)).contains("Ctrl-N skip").doesNotContain("Tab skip");
        t.press(KeyType.Tab);
        assertThat(t.rows().get(0)).startsWith("Question 6 of 13");
        t.ctrl('n');
        assertThat(t.rows().get(0)).startsWith("Question 7 of 13");
    }

    @Test
    void help_listsTheExamKeys_includingTheArticle() {
        t.type("?");
        assertThat(t.text()).contains("skip", "flag", "review", "Ctrl-R", "article");
    }

    @Test
    void inPractice_theSameWrongShortAnswer_offersIWasRight() {
        ScreenTester p = new ScreenTester(Fixtures.only(Fixtures.istanbul(), questions.get(3)));
        p.type("the culture ministry of Russia");
        p.enter();
        assertThat(p.rows().get(2)).startsWith("✗ Wrong");
        assertThat(p.text()).contains("! I was right");
        p.type("!");
        assertThat(p.rows().get(2)).startsWith("✓ Correct 1 of 1 point (you marked it right)");
    }
}
