package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lectern.model.QuestionSet;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opening a set with a session left unfinished: "Resume — 4 of 13 answered" takes it up again (same order, seed
 * and answers, at the next question without an answer), "Start over" begins a new one (the old one's answers stay
 * in the history, and it is shown as abandoned); Esc goes back. When the set no longer gives the same session (its
 * questions changed), it says so, and only starting over is offered.
 */
final class ResumeView implements View {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Resumable saved;
    private final Supplier<View> fresh;
    private final Clock clock;
    private final View home;
    private final AnswerLog log;
    private final Optional<Quiz> resumed;
    private final Choices choices;

    /**
     * {@code fresh}: a new session on the set; {@code home}: where Esc, and the resumed session when it ends, lead
     * ({@code null}: out of Lectern).
     */
    ResumeView(Resumable saved, QuestionSet set, Supplier<View> fresh, Clock clock, View home, AnswerLog log) {
        this.saved = saved;
        this.fresh = fresh;
        this.clock = clock;
        this.home = home;
        this.log = log;
        this.resumed = Quiz.resume(saved, set, clock, home, log);
        List<Choices.Choice> list = new ArrayList<>();
        if (resumed.isPresent()) {
            list.add(new Choices.Choice('r', saved.offer()));
        }
        list.add(new Choices.Choice('n', "Start over (the answers given stay in your history)"));
        this.choices = new Choices(list);
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.clipped(0, 0, saved.start().setTitle(), Style.TITLE);
        String mode = saved.start().mode() == dev.lectern.schedule.AnswerMode.EXAM ? "an exam" : "a quiz";
        canvas.clipped(
                0,
                2,
                "You left " + mode + " on this set unfinished on "
                        + WHEN.withZone(clock.getZone()).format(saved.lastActive()) + ".",
                Style.NORMAL);
        if (resumed.isEmpty()) {
            canvas.clipped(
                    0,
                    3,
                    "The set has changed since (its questions are not the same): it cannot be resumed.",
                    Style.WRONG);
        }
        choices.draw(canvas, 5);
        canvas.footer(keys());
    }

    @Override
    public View onKey(KeyStroke key) {
        return choices.onKey(key, this, home, c -> {
            if (c == 'r' && resumed.isPresent()) {
                Quiz quiz = resumed.get();
                return quiz.answered() == quiz.session().items().size() && !quiz.exam()
                        ? new SummaryView(quiz)
                        : new QuestionView(quiz);
            }
            log.ended(saved.start(), AnswerLog.Ending.STARTED_OVER);
            return fresh.get();
        });
    }

    @Override
    public String[] keys() {
        return resumed.isPresent()
                ? new String[] {"r", "resume", "n", "start over", "↑↓ Enter", "choose", "Esc", "back"}
                : new String[] {"n Enter", "start over", "Esc", "back"};
    }
}
