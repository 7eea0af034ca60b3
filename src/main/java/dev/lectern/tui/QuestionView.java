package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.SessionItem;
import dev.lectern.engine.SessionOptions;
import dev.lectern.engine.Summary;
import java.util.List;
import java.util.Optional;

/** One question: progress, the prompt, and the input for its kind. Enter hands the answer to the engine. */
final class QuestionView implements View, TextEntry {
    private final Quiz quiz;
    private final AnswerInput input;

    QuestionView(Quiz quiz) {
        this(quiz, Inputs.forItem(quiz.session().current(), quiz.session().set().article()));
    }

    private QuestionView(Quiz quiz, AnswerInput input) {
        this.quiz = quiz;
        this.input = input;
    }

    @Override
    public void draw(Canvas canvas) {
        SessionItem item = quiz.session().current();
        Summary sofar = quiz.session().summary();
        int number = quiz.session().position() + 1;
        canvas.text(0, 0, "Question " + number + " of " + quiz.session().items().size(), Style.TITLE);
        String right = (exam() ? "exam" : "score " + Format.points(sofar.score()) + "/" + Format.points(answeredMax()))
                + (item.flagged() ? " · flagged" : "");
        canvas.text(Math.max(0, canvas.width() - right.length()), 0, right, Style.DIM);
        canvas.text(0, 1, quiz.session().set().title(), Style.DIM);
        if (input.focusRow() < 0) {
            input.draw(canvas, body(canvas, 3));
        } else {
            drawScrolled(canvas);
        }
        canvas.footer(footer());
    }

    /**
     * Prompt and input, from row 3 to the footer; when they are taller than that, scrolled as little as keeps
     * the learner's place in the input in sight, with "▲ more" / "more ▼" saying what is hidden.
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

    /** The prompt, from {@code row}; returns the row where the input goes. */
    private int body(Canvas canvas, int row) {
        SessionItem item = quiz.session().current();
        int max = canvas.height() - row - 5;
        return canvas.paragraph(0, row, item.question().prompt(), Style.NORMAL, Math.max(1, max)) + 1;
    }

    private String[] footer() {
        String[] own = input.keys();
        String[] common = exam() ? new String[] {"Tab", "skip", "Ctrl-F", "flag", "Esc", "review"}
                : input instanceof EvidenceInput ? new String[] {"Esc", "leave"}
                : new String[] {"Ctrl-R", "article", "Esc", "leave"};
        String[] all = new String[own.length + common.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(common, 0, all, own.length, common.length);
        return all;
    }

    private double answeredMax() {
        return quiz.session().items().stream().filter(i -> i.grade().isPresent())
                .mapToDouble(i -> i.question().points()).sum();
    }

    private boolean exam() {
        return quiz.session().options().mode() == SessionOptions.Mode.EXAM;
    }

    @Override
    public View onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            return new SummaryView(quiz);
        }
        if (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'r') {
            // The article as it is: highlighting the question's evidence here would give the answer away.
            return ReaderView.at(quiz.session().set().article(), List.of(), this);
        }
        if (exam() && key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'f') {
            return new QuestionView(quiz.with(quiz.session().flag()), input);
        }
        if (key.getKeyType() == KeyType.Enter) {
            Optional<List<String>> parts = input.submit();
            if (parts.isEmpty()) {
                return this;
            }
            Quiz answered = quiz.with(quiz.session().answer(parts.get()));
            return exam() ? advance(answered) : new FeedbackView(answered, quiz.session().position(), this);
        }
        if (exam() && key.getKeyType() == KeyType.Tab && !(input instanceof ClozeInput)) {
            // Session.skip() already moves on; advance from the skipped question, not from the one after it.
            return advance(quiz.with(quiz.session().skip().goTo(quiz.session().position())));
        }
        input.onKey(key);
        return this;
    }

    /** In an exam, on to the next question, or to the review at the end. */
    private static View advance(Quiz quiz) {
        if (quiz.session().isLast()) {
            return new SummaryView(quiz);
        }
        return new QuestionView(quiz.with(quiz.session().next()));
    }

    @Override
    public String[] keys() {
        return footer();
    }

    @Override
    public boolean isTyping() {
        return input.isTyping();
    }
}
