package dev.lectern.engine;

import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A quiz in progress, as an immutable value: every step ({@link #answer}, {@link #skip}, {@link #flag},
 * moving) returns a new session. Shuffling of questions and of each question's list is drawn from the seed, so
 * the same seed replays the same session.
 */
public final class Session {
    private final QuestionSet set;
    private final SessionOptions options;
    private final List<SessionItem> items;
    private final int position;
    private final Grader grader;

    private Session(QuestionSet set, SessionOptions options, List<SessionItem> items, int position, Grader grader) {
        this.set = set;
        this.options = options;
        this.items = List.copyOf(items);
        this.position = position;
        this.grader = grader;
    }

    public static Session start(QuestionSet set, SessionOptions options) {
        Random random = new Random(options.seed());
        List<Question> chosen = new ArrayList<>(set.questions().stream()
                .filter(q -> options.only().map(ids -> ids.contains(q.id())).orElse(true))
                .toList());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no questions selected from " + set.title());
        }
        if (options.shuffle() && set.shuffle()) {
            Collections.shuffle(chosen, random);
        }
        List<SessionItem> items = new ArrayList<>();
        for (Question q : chosen) {
            Presentation shown = options.shuffle() ? Presentation.shuffled(q, random) : Presentation.asWritten(q);
            items.add(new SessionItem(q, shown, Optional.empty(), false, false, false, List.of()));
        }
        return new Session(set, options, items, 0, new Grader(set.article()));
    }

    public QuestionSet set() {
        return set;
    }

    public SessionOptions options() {
        return options;
    }

    public List<SessionItem> items() {
        return items;
    }

    public int position() {
        return position;
    }

    public SessionItem current() {
        return items.get(position);
    }

    public boolean isLast() {
        return position == items.size() - 1;
    }

    /** Grades {@code answer} to the current question (answering again replaces the grade). */
    public Session answer(String answer) {
        return answer(List.of(answer));
    }

    public Session answer(List<String> parts) {
        SessionItem item = current();
        Grade grade = grader.grade(item.question(), item.presentation(), parts);
        return with(position, item.answered(grade, parts));
    }

    /**
     * The grade of question {@code index} left without an answer: unanswered, no points. An exam records it so for
     * each question still unanswered when it is finished.
     */
    public Grade unanswered(int index) {
        SessionItem item = items.get(index);
        return grader.grade(item.question(), item.presentation(), List.of(""));
    }

    public Session skip() {
        return with(position, current().asSkipped()).next();
    }

    public Session flag() {
        return with(position, current().withFlag(!current().flagged()));
    }

    /** "I was right": in practice only, on a wrong or partial free-text answer. */
    public Session overrideAsRight() {
        if (!canOverrideAsRight()) {
            throw new IllegalStateException("only a wrong or partial free-text answer in practice can be overridden");
        }
        return with(position, current().overriddenAsRight());
    }

    public boolean canOverrideAsRight() {
        SessionItem item = current();
        boolean freeText = List.of("short", "cloze").contains(item.question().typeName());
        boolean wrongOrPartial = item.grade()
                .map(g -> g.verdict() == Verdict.WRONG || g.verdict() == Verdict.PARTIAL)
                .orElse(false);
        return options.mode() == SessionOptions.Mode.PRACTICE && freeText && wrongOrPartial && !item.overridden();
    }

    public Session next() {
        return goTo(Math.min(position + 1, items.size() - 1));
    }

    public Session previous() {
        return goTo(Math.max(position - 1, 0));
    }

    public Session goTo(int index) {
        if (index < 0 || index >= items.size()) {
            throw new IndexOutOfBoundsException("no question " + (index + 1) + " of " + items.size());
        }
        return new Session(set, options, items, index, grader);
    }

    private Session with(int index, SessionItem item) {
        List<SessionItem> changed = new ArrayList<>(items);
        changed.set(index, item);
        return new Session(set, options, changed, position, grader);
    }

    /** Score, percentage and pass or fail; negative marks lower the total, never below zero unless the set allows. */
    /** The points possible in this session: every question's, answered or not. */
    public double possible() {
        return items.stream().mapToDouble(i -> i.question().points()).sum();
    }

    public Summary summary() {
        double max = possible();
        double score = items.stream().mapToDouble(SessionItem::earned).sum();
        if (!set.negativeTotal()) {
            score = Math.max(0, score);
        }
        double total = score;
        Optional<Boolean> passed = set.passMark().isPresent()
                ? Optional.of(total >= set.passMark().getAsDouble() * max - 1e-9)
                : Optional.empty();
        return new Summary(score, max, passed, items, options.seed());
    }
}
