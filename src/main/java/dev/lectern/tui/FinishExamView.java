package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lectern.engine.SessionItem;
import java.util.List;

/**
 * Finishing an exam with questions unanswered or flagged: says how many, and asks. {@code y} finishes (the
 * summary with the grades), {@code n} or Esc goes back to the exam's review.
 */
final class FinishExamView implements View {
    private final Quiz quiz;
    private final View back;
    private final Choices choices = new Choices(List.of(
            new Choices.Choice('y', "Yes, finish the exam and see the grades"),
            new Choices.Choice('n', "No, go back to the review")));

    private FinishExamView(Quiz quiz, View back) {
        this.quiz = quiz;
        this.back = back;
    }

    /** The summary at once when every question is answered and none flagged; else this question first. */
    static View finishing(Quiz quiz, View back) {
        return unanswered(quiz) == 0 && flagged(quiz) == 0 ? new SummaryView(quiz) : new FinishExamView(quiz, back);
    }

    private static long unanswered(Quiz quiz) {
        return quiz.session().items().size() - quiz.answered();
    }

    private static long flagged(Quiz quiz) {
        return quiz.session().items().stream().filter(SessionItem::flagged).count();
    }

    /** "9 of 13 unanswered · 1 flagged". */
    String warning() {
        List<String> parts = new java.util.ArrayList<>();
        if (unanswered(quiz) > 0) {
            parts.add(unanswered(quiz) + " of " + quiz.session().items().size() + " unanswered");
        }
        if (flagged(quiz) > 0) {
            parts.add(flagged(quiz) + " flagged");
        }
        return String.join(" · ", parts);
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(0, 0, "Finish the exam?", Style.TITLE);
        canvas.clipped(0, 1, quiz.session().set().title(), Style.DIM);
        canvas.clipped(0, 3, warning(), Style.WRONG);
        canvas.clipped(0, 4, "An unanswered question scores nothing, and comes back for review tomorrow.", Style.DIM);
        choices.draw(canvas, 6);
        canvas.footer(keys());
    }

    @Override
    public View onKey(KeyStroke key) {
        return choices.onKey(key, this, back, c -> c == 'y' ? new SummaryView(quiz) : back);
    }

    @Override
    public String[] keys() {
        return new String[] {"y", "finish", "n Esc", "back to the review", "↑↓ Enter", "choose"};
    }
}
