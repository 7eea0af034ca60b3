package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lectern.engine.SessionItem;
import java.util.List;

/**
 * The exam's review, before any grade is shown: every question as answered or unanswered, and flagged (⚑).
 * Enter goes back to a question, {@code f} finishes the exam and shows the summary with the grades (asking first
 * when questions are unanswered or flagged), {@code l} leaves it for later (opening the set again offers to
 * resume it), Esc returns to the question the learner was on.
 */
final class ReviewView implements View {
    private final Quiz quiz;
    private int cursor;

    ReviewView(Quiz quiz, int cursor) {
        this.quiz = quiz;
        this.cursor = Math.max(0, Math.min(cursor, quiz.session().items().size() - 1));
    }

    /** The first question still unanswered or flagged, else the first. */
    static int firstOpen(Quiz quiz) {
        List<SessionItem> items = quiz.session().items();
        for (int i = 0; i < items.size(); i++) {
            if (!QuestionView.answered(items.get(i)) || items.get(i).flagged()) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public void draw(Canvas canvas) {
        List<SessionItem> items = quiz.session().items();
        long answered = items.stream().filter(QuestionView::answered).count();
        long flagged = items.stream().filter(SessionItem::flagged).count();
        canvas.text(0, 0, "Review · " + quiz.session().set().title(), Style.TITLE);
        canvas.text(
                0,
                2,
                answered + " answered · " + (items.size() - answered) + " unanswered · " + flagged + " flagged",
                Style.NORMAL);
        canvas.text(0, 3, "No grades until you finish: f finishes the exam.", Style.DIM);
        int rows = canvas.height() - 7;
        int first = Math.max(0, Math.min(cursor - rows / 2, items.size() - rows));
        for (int i = first; i < items.size() && i - first < rows; i++) {
            SessionItem item = items.get(i);
            boolean done = QuestionView.answered(item);
            int row = 5 + i - first;
            int c = canvas.text(0, row, String.format("%3d ", i + 1), i == cursor ? Style.SELECTED : Style.DIM);
            c = canvas.text(
                    c, row, String.format("%-11s", done ? "answered" : "unanswered"), done ? Style.NORMAL : Style.KEY);
            c = canvas.text(c, row, item.flagged() ? "⚑ " : "  ", Style.KEY);
            canvas.clipped(c, row, item.question().prompt(), i == cursor ? Style.SELECTED : Style.NORMAL);
        }
        canvas.footer(keys());
    }

    @Override
    public View onKey(KeyStroke key) {
        int size = quiz.session().items().size();
        switch (key.getKeyType()) {
            case ArrowDown -> {
                cursor = Math.min(size - 1, cursor + 1);
                return this;
            }
            case ArrowUp -> {
                cursor = Math.max(0, cursor - 1);
                return this;
            }
            case Enter -> {
                return new QuestionView(quiz.with(quiz.session().goTo(cursor)), true);
            }
            case Escape -> {
                return new QuestionView(quiz, true);
            }
            case Character -> {
                if (key.isCtrlDown() || key.isAltDown()) {
                    return this;
                }
                char c = key.getCharacter();
                if (c == 'j') {
                    cursor = Math.min(size - 1, cursor + 1);
                } else if (c == 'k') {
                    cursor = Math.max(0, cursor - 1);
                } else if (c == 'f') {
                    return FinishExamView.finishing(quiz, this);
                } else if (c == 'l') {
                    quiz.leave();
                    return quiz.home();
                }
                return this;
            }
            default -> {
                return this;
            }
        }
    }

    @Override
    public String[] keys() {
        return new String[] {
            "↑↓ Enter", "open a question", "f", "finish and see the grades", "l", "leave for later", "Esc", "back"
        };
    }
}
