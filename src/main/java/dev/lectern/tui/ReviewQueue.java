package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.Session;
import dev.lectern.engine.SessionOptions;
import dev.lectern.model.QuestionSet;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A review of the questions due today, one set after another: this screen lists the sets and how many of their
 * questions are due; Enter starts the next set's review, a practice session of exactly its due questions whose
 * answers are recorded as {@code review}. Each set's summary leads back here ({@code s}), on to the next set or,
 * after the last, to the end of the review.
 */
public final class ReviewQueue implements View {
    /** One set's share of the review: the set's name in the history, the set, and its due questions' ids. */
    public record Part(String setPath, QuestionSet set, List<String> questionIds) {
        public Part {
            Objects.requireNonNull(set, "set");
            questionIds = List.copyOf(questionIds);
            if (questionIds.isEmpty()) {
                throw new IllegalArgumentException("a set in a review has questions due: " + setPath);
            }
        }
    }

    private final List<Part> parts;
    private final int next;
    private final SessionOptions options;
    private final Clock clock;
    private final AnswerLog log;

    /** {@code options}: the practice sessions' shuffling and seed; {@code log}: where the answers go. */
    public ReviewQueue(List<Part> parts, SessionOptions options, Clock clock, AnswerLog log) {
        this(List.copyOf(parts), 0, options, clock, log.inMode(dev.lectern.schedule.AnswerMode.REVIEW));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a review needs questions that are due");
        }
    }

    private ReviewQueue(List<Part> parts, int next, SessionOptions options, Clock clock, AnswerLog log) {
        this.parts = parts;
        this.next = next;
        this.options = options;
        this.clock = clock;
        this.log = log;
    }

    private boolean done() {
        return next == parts.size();
    }

    @Override
    public void draw(Canvas canvas) {
        int due = parts.stream().mapToInt(p -> p.questionIds().size()).sum();
        int col = canvas.text(0, 0, "Review", Style.TITLE);
        canvas.clipped(
                col,
                0,
                (done() ? " · done: " : " · ") + Format.count(due, "question") + " due today in "
                        + Format.count(parts.size(), "set"),
                Style.DIM);
        canvas.clipped(
                0, 1, "Right answers send a question further out; wrong ones bring it back tomorrow.", Style.DIM);
        int room = Math.max(1, (canvas.height() - 6) / 2);
        int first = Math.max(0, Math.min(next, parts.size() - 1) - room + 1);
        int row = 3;
        for (int i = first; i < parts.size() && i < first + room; i++) {
            Part p = parts.get(i);
            canvas.text(0, row, i < next ? "✓" : i == next ? "›" : " ", i < next ? Style.RIGHT : Style.KEY);
            canvas.clipped(2, row++, p.set().title(), i == next ? Style.SELECTED : Style.NORMAL);
            canvas.clipped(
                    4,
                    row++,
                    Format.count(p.questionIds().size(), "question") + " due · " + p.setPath()
                            + (i < next ? " · reviewed" : ""),
                    Style.DIM);
        }
        row++;
        canvas.clipped(
                0,
                row,
                done()
                        ? "Every due question has been offered."
                        : "Enter starts set " + (next + 1) + " of " + parts.size() + ": "
                                + parts.get(next).set().title(),
                Style.NORMAL);
        canvas.footer(keys());
    }

    @Override
    public View onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape
                || (key.getKeyType() == KeyType.Character && key.getCharacter() == 'q' && !key.isCtrlDown())) {
            return null;
        }
        if (key.getKeyType() != KeyType.Enter) {
            return this;
        }
        if (done()) {
            return null;
        }
        Part part = parts.get(next);
        Session session = Session.start(part.set(), options.onlyQuestions(part.questionIds()));
        ReviewQueue after = new ReviewQueue(parts, next + 1, options, clock, log);
        return new QuestionView(
                new Quiz(session, clock.instant(), clock, after, part.setPath(), Quiz.newSessionId(), log));
    }

    /** For the summary of the set just reviewed: where {@code s} leads. */
    String onward() {
        return done() ? "end the review" : "next set";
    }

    /** For the summary of the set just reviewed: which set of the review it was, and where {@code s} leads. */
    String progress() {
        return "Review: set " + next + " of " + parts.size() + " · s: " + onward();
    }

    @Override
    public String[] keys() {
        return done()
                ? new String[] {"Enter", "finish", "q", "quit"}
                : new String[] {"Enter", "start set " + (next + 1), "q", "quit"};
    }
}
