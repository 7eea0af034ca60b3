package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/**
 * Esc or {@code q} in a quiz: leave and keep the answers for later (the set offers to resume it when next opened),
 * finish now and score what was answered (the summary), or go back to the question.
 */
final class LeaveView implements View {
    private final Quiz quiz;
    private final View back;
    private final Choices choices = new Choices(List.of(
            new Choices.Choice('l', "Leave, and keep the answers for later"),
            new Choices.Choice('f', "Finish now, and score what was answered"),
            new Choices.Choice('b', "Go back to the question")));

    LeaveView(Quiz quiz, View back) {
        this.quiz = quiz;
        this.back = back;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(0, 0, "Leave the quiz?", Style.TITLE);
        canvas.clipped(0, 1, quiz.session().set().title(), Style.DIM);
        int total = quiz.session().items().size();
        canvas.clipped(0, 3, quiz.answered() + " of " + total + " answered.", Style.NORMAL);
        int row = choices.draw(canvas, 5);
        canvas.clipped(0, row + 1, "Left, the quiz waits: open the set again to resume it where you were.", Style.DIM);
        canvas.footer(keys());
    }

    @Override
    public View onKey(KeyStroke key) {
        return choices.onKey(key, this, back, c -> {
            if (c == 'l') {
                quiz.leave();
                return quiz.home();
            }
            return c == 'f' ? new SummaryView(quiz) : back;
        });
    }

    @Override
    public String[] keys() {
        return new String[] {"l", "leave for later", "f", "finish now", "b Esc", "back", "↑↓ Enter", "choose"};
    }
}
