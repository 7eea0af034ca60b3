package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lectern.engine.Session;
import dev.lectern.engine.SessionItem;
import dev.lectern.engine.SessionOptions;
import dev.lectern.engine.Summary;
import dev.lectern.engine.Verdict;
import java.time.Duration;
import java.util.List;

/**
 * The end of a quiz: score, percentage, pass or fail (not in a review of due questions), time taken, the seed;
 * every question with its verdict.
 * Enter reviews a question's feedback, {@code m} retries the missed ones, {@code s} goes to the start screen (in a
 * review of due questions: on to the next set).
 */
final class SummaryView implements View {
    private final Quiz quiz;
    private int cursor;

    SummaryView(Quiz quiz) {
        this(quiz, 0);
    }

    /**
     * The summary with question {@code cursor} (from 0) selected. The session is finished once its summary is shown
     * (the history is told each time; it counts the first).
     */
    SummaryView(Quiz quiz, int cursor) {
        this.quiz = quiz;
        this.cursor = Math.max(0, Math.min(cursor, quiz.session().items().size() - 1));
        quiz.finish();
    }

    @Override
    public void draw(Canvas canvas) {
        Summary s = quiz.session().summary();
        canvas.text(0, 0, "Summary · " + quiz.session().set().title(), Style.TITLE);
        if (quiz.home() instanceof ReviewQueue review) {
            canvas.clipped(0, 1, review.progress(), Style.DIM);
        }
        int col = canvas.text(
                0,
                2,
                "Score " + Format.points(s.score()) + " of " + Format.points(s.max()) + " ("
                        + Format.percent(s.percent()) + ")",
                Style.NORMAL);
        // A review offers the questions due, not a test of the set: no pass mark, and leaving early is not failing.
        if (s.passed().isPresent() && !(quiz.home() instanceof ReviewQueue)) {
            canvas.text(
                    col + 2,
                    2,
                    s.passed().get() ? "PASSED" : "NOT PASSED",
                    s.passed().get() ? Style.RIGHT : Style.WRONG);
        }
        Duration t = quiz.elapsed();
        canvas.text(
                0,
                3,
                String.format(
                        "Time %d:%02d · seed %d · %d right, %d partly, %d wrong, %d unanswered",
                        t.toMinutes(),
                        t.toSecondsPart(),
                        s.seed(),
                        s.count(Verdict.CORRECT),
                        s.count(Verdict.PARTIAL),
                        s.count(Verdict.WRONG),
                        s.count(Verdict.UNANSWERED)),
                Style.DIM);
        List<SessionItem> items = s.items();
        int rows = canvas.height() - 7;
        int first = Math.max(0, Math.min(cursor - rows / 2, items.size() - rows));
        for (int i = first; i < items.size() && i - first < rows; i++) {
            SessionItem item = items.get(i);
            Verdict v = item.grade().map(g -> g.verdict()).orElse(Verdict.UNANSWERED);
            int row = 5 + i - first;
            int c = canvas.text(0, row, String.format("%3d ", i + 1), i == cursor ? Style.SELECTED : Style.DIM);
            c = canvas.text(
                    c,
                    row,
                    String.format("%-11s", v.word() + (item.overridden() ? "*" : "") + (item.flagged() ? "⚑" : "")),
                    FeedbackView.verdictStyle(v));
            canvas.clipped(c, row, item.question().prompt(), i == cursor ? Style.SELECTED : Style.NORMAL);
        }
        canvas.footer(keys());
    }

    @Override
    public View onKey(KeyStroke key) {
        List<SessionItem> items = quiz.session().items();
        switch (key.getKeyType()) {
            case ArrowDown -> {
                cursor = Math.min(items.size() - 1, cursor + 1);
                return this;
            }
            case ArrowUp -> {
                cursor = Math.max(0, cursor - 1);
                return this;
            }
            case Enter -> {
                if (items.get(cursor).grade().isPresent()) {
                    return new FeedbackView(quiz, cursor, this);
                }
                // A finished exam is final: its grades have been seen, so no answering now.
                return quiz.session().options().mode() == SessionOptions.Mode.EXAM
                        ? this
                        : new QuestionView(quiz.with(quiz.session().goTo(cursor)));
            }
            case Escape -> {
                return quiz.home();
            }
            case Character -> {
                return onChar(key.getCharacter());
            }
            default -> {
                return this;
            }
        }
    }

    private View onChar(char c) {
        if (c == 'q') {
            return null;
        }
        if (c == 's') {
            return quiz.home();
        }
        if (c == 'm') {
            List<String> missed = quiz.session().items().stream()
                    .filter(i ->
                            i.grade().map(g -> g.verdict() != Verdict.CORRECT).orElse(true))
                    .map(i -> i.question().id())
                    .toList();
            if (missed.isEmpty()) {
                return this;
            }
            SessionOptions retry = quiz.session().options().onlyQuestions(missed);
            Session again = Session.start(quiz.session().set(), retry);
            return new QuestionView(quiz.again(again));
        }
        return this;
    }

    @Override
    public String[] keys() {
        String home = quiz.home() instanceof ReviewQueue review ? review.onward() : "start screen";
        return new String[] {"↑↓ Enter", "review a question", "m", "retry missed", "s", home, "q", "quit"};
    }
}
