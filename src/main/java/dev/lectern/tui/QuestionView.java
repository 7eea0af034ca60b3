package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.Session;
import dev.lectern.engine.SessionItem;
import dev.lectern.engine.SessionOptions;
import dev.lectern.engine.Summary;
import dev.lectern.engine.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question: progress, the prompt, its hint once asked for (Ctrl-T), and the input for its kind. Enter hands
 * the answer to the engine: in practice the feedback follows, in an exam the next question (or the review) does,
 * and no grade is shown until the learner finishes.
 */
final class QuestionView implements View, TextEntry {
    private final Quiz quiz;
    private final AnswerInput input;
    private final boolean fromReview;
    private boolean hintShown;
    /** When this question came on screen: the time taken that is recorded with the answer. */
    private final java.time.Instant shown;

    QuestionView(Quiz quiz) {
        this(quiz, false);
    }

    /** {@code fromReview}: opened from the exam review, so answering or skipping goes back to it. */
    QuestionView(Quiz quiz, boolean fromReview) {
        this(quiz, Inputs.forItem(quiz.session().current(), quiz.session().set().article()), fromReview, false);
    }

    private QuestionView(Quiz quiz, AnswerInput input, boolean fromReview, boolean hintShown) {
        this.quiz = quiz;
        this.input = input;
        this.fromReview = fromReview;
        this.hintShown = hintShown;
        this.shown = quiz.clock().instant();
    }

    @Override
    public void draw(Canvas canvas) {
        SessionItem item = quiz.session().current();
        Summary sofar = quiz.session().summary();
        int number = quiz.session().position() + 1;
        canvas.text(0, 0, "Question " + number + " of " + quiz.session().items().size(), Style.TITLE);
        String right = (exam()
                        ? "exam" + (answered(item) ? " · answered" : "")
                        : "score " + Format.points(sofar.score()) + "/" + Format.points(answeredMax()))
                + (item.flagged() ? " · ⚑ flagged" : "");
        canvas.text(Math.max(0, canvas.width() - Lines.width(right)), 0, right, Style.DIM);
        canvas.text(0, 1, quiz.session().set().title(), Style.DIM);
        if (input.focusRow() < 0) {
            input.draw(canvas, body(canvas, 3));
        } else {
            drawScrolled(canvas);
        }
        canvas.footer(footer());
    }

    /**
     * Prompt, hint and input, from row 3 to the footer; when they are taller than that, scrolled as little as
     * keeps the learner's place in the input in sight, with "▲ more" / "more ▼" saying what is hidden.
     */
    private void drawScrolled(Canvas canvas) {
        int top = 3;
        int rows = canvas.height() - 1 - top;
        int end = input.draw(canvas.region(top, 0, 0), body(canvas.region(top, 0, 0), 0));
        int scroll = Math.max(0, Math.min(input.focusRow() - rows + 1, end - rows));
        Canvas region = canvas.region(top, rows, scroll);
        input.draw(region, body(region, 0));
        String more = (scroll > 0 ? "▲ more" : "") + (scroll + rows < end ? (scroll > 0 ? " " : "") + "more ▼" : "");
        if (!more.isEmpty()) {
            canvas.text(canvas.width() - Lines.width(more), 2, more, Style.DIM);
        }
    }

    /**
     * The set's description (as the quiz begins, until anything is answered), the prompt and, once asked
     * for, the hint, from {@code row}; returns the row where the input goes.
     */
    private int body(Canvas canvas, int row) {
        SessionItem item = quiz.session().current();
        Optional<String> description = quiz.session().set().description().filter(d -> atStart());
        if (description.isPresent()) {
            row = canvas.paragraph(0, row, description.get(), Style.DIM, 3) + 1;
        }
        int max = canvas.height() - row - 5;
        row = canvas.paragraph(0, row, item.question().prompt(), Style.NORMAL, Math.max(1, max));
        if (hintShown) {
            Optional<String> hint = hint();
            if (hint.isPresent()) {
                row = canvas.paragraph(0, row, "Hint: " + hint.get(), Style.DIM, Math.max(1, max));
            }
        }
        return row + 1;
    }

    /**
     * The first question of a session on the whole set (not a review's few), nothing answered or skipped yet:
     * the quiz is just beginning.
     */
    private boolean atStart() {
        return quiz.session().position() == 0
                && quiz.session().options().only().isEmpty()
                && quiz.session().items().stream().allMatch(i -> i.grade().isEmpty() && !i.skipped());
    }

    private Optional<String> hint() {
        return quiz.session().current().question().header().hint();
    }

    private String[] footer() {
        List<String> all = new ArrayList<>(List.of(input.keys()));
        if (hint().isPresent() && !hintShown) {
            all.addAll(List.of("Ctrl-T", "hint"));
        }
        if (exam()) {
            // In a cloze, Tab moves between blanks, so skipping is Ctrl-N there (and works everywhere).
            all.addAll(List.of(
                    input instanceof ClozeInput ? "Ctrl-N" : "Tab",
                    "skip",
                    "Ctrl-F",
                    "flag",
                    "Esc",
                    "review",
                    "Ctrl-R",
                    "article"));
        } else {
            if (!(input instanceof EvidenceInput)) {
                all.addAll(List.of("Ctrl-R", "article"));
            }
            all.addAll(List.of("Esc", "leave"));
        }
        return all.toArray(String[]::new);
    }

    private double answeredMax() {
        return quiz.session().items().stream()
                .filter(i -> i.grade().isPresent())
                .mapToDouble(i -> i.question().points())
                .sum();
    }

    private boolean exam() {
        return quiz.session().options().mode() == SessionOptions.Mode.EXAM;
    }

    static boolean answered(SessionItem item) {
        return item.grade().map(g -> g.verdict() != Verdict.UNANSWERED).orElse(false);
    }

    @Override
    public View onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape && input.cancel()) {
            return this;
        }
        if (key.getKeyType() == KeyType.Escape) {
            return exam() ? new ReviewView(quiz, quiz.session().position()) : new LeaveView(quiz, this);
        }
        if (key.getKeyType() == KeyType.Character
                && key.getCharacter() == 'q'
                && !key.isCtrlDown()
                && !key.isAltDown()
                && !input.isTyping()) {
            return new LeaveView(quiz, this);
        }
        if (isCtrl(key, 'r')) {
            // The article as it is: highlighting the question's evidence here would give the answer away.
            return ReaderView.at(quiz.session().set(), List.of(), this);
        }
        if (isCtrl(key, 't')) {
            hintShown = hint().isPresent();
            return this;
        }
        if (exam() && isCtrl(key, 'f')) {
            return new QuestionView(quiz.with(quiz.session().flag()), input, fromReview, hintShown);
        }
        if (key.getKeyType() == KeyType.Enter) {
            Optional<List<String>> parts = input.submit();
            if (parts.isEmpty()) {
                return this;
            }
            Quiz answered = quiz.with(quiz.session().answer(parts.get()));
            answered.record(
                    quiz.session().position(),
                    parts.get(),
                    java.time.Duration.between(shown, quiz.clock().instant()).toMillis(),
                    false);
            return exam()
                    ? onward(answered)
                    : new FeedbackView(answered, quiz.session().position(), this);
        }
        if (exam() && ((key.getKeyType() == KeyType.Tab && !(input instanceof ClozeInput)) || isCtrl(key, 'n'))) {
            Session skipped = quiz.session().skip().goTo(quiz.session().position());
            return onward(quiz.with(skipped));
        }
        input.onKey(key);
        return this;
    }

    /** In an exam, never a grade: on to the next question, or back to the review (at the end, or if from it). */
    private View onward(Quiz after) {
        int position = after.session().position();
        if (fromReview || after.session().isLast()) {
            return new ReviewView(after, fromReview ? position : ReviewView.firstOpen(after));
        }
        return new QuestionView(after.with(after.session().goTo(position + 1)));
    }

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == c;
    }

    @Override
    public String[] keys() {
        List<String> all = new ArrayList<>(List.of(footer()));
        all.addAll(List.of(input.moreKeys()));
        return all.toArray(String[]::new);
    }

    @Override
    public boolean isTyping() {
        return input.isTyping();
    }
}
