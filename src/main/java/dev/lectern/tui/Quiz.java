package dev.lectern.tui;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Session;
import dev.lectern.engine.SessionItem;
import dev.lectern.engine.SessionOptions;
import dev.lectern.schedule.AnswerMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session as the text UI runs it: the engine's state, when it began, where to go when it ends, and where its
 * answers are recorded: {@code log}, under the set's name {@code setPath} and this session's {@code sessionId}.
 */
record Quiz(Session session, Instant started, Clock clock, View home, String setPath, String sessionId, AnswerLog log) {
    /** A quiz whose answers are not recorded. */
    Quiz(Session session, Instant started, Clock clock, View home) {
        this(session, started, clock, home, session.set().title(), newSessionId(), AnswerLog.NONE);
    }

    static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    Quiz with(Session next) {
        return new Quiz(next, started, clock, home, setPath, sessionId, log);
    }

    /** A new session on the same set, recorded to the same log under a new session id, starting now. */
    Quiz again(Session fresh) {
        return new Quiz(fresh, clock.instant(), clock, home, setPath, newSessionId(), log);
    }

    Duration elapsed() {
        return Duration.between(started, clock.instant());
    }

    boolean exam() {
        return session.options().mode() == SessionOptions.Mode.EXAM;
    }

    /** How the session began, as the log keeps it: what it takes to give the same session again. */
    AnswerLog.Started start() {
        SessionOptions o = session.options();
        return new AnswerLog.Started(
                setPath,
                session.set().title(),
                sessionId,
                exam() ? AnswerMode.EXAM : AnswerMode.PRACTICE,
                o.seed(),
                o.shuffle(),
                o.only(),
                session.items().stream().map(i -> i.question().id()).toList(),
                started);
    }

    /** Reports question {@code index}'s grade, given as {@code parts}, to the log; {@code millis}: how long it took. */
    void record(int index, List<String> parts, long millis, boolean overridden) {
        SessionItem item = session.items().get(index);
        Grade grade = item.grade().orElseThrow();
        log.answered(
                new AnswerLog.Answered(start(), item.question(), grade, parts, millis, overridden, session.possible()));
    }

    /** Reports question {@code index}'s grade to the log: an "I was right" (overridden) or one without its parts. */
    void record(int index, long millis, boolean overridden) {
        record(index, List.of(), millis, overridden);
    }

    /**
     * The summary is shown: the session is finished. In an exam, each question still without an answer is recorded
     * as unanswered (so it goes back to box 1, as docs/review.md says), once.
     */
    void finish() {
        List<AnswerLog.Answered> unanswered = new ArrayList<>();
        if (exam()) {
            for (int i = 0; i < session.items().size(); i++) {
                SessionItem item = session.items().get(i);
                if (item.grade().isEmpty()) {
                    unanswered.add(new AnswerLog.Answered(
                            start(), item.question(), session.unanswered(i), List.of(), 0, false, session.possible()));
                }
            }
        }
        log.finished(start(), unanswered);
    }

    /** The learner leaves the quiz for later: it can be taken up again where it was. */
    void leave() {
        log.ended(start(), AnswerLog.Ending.LEFT);
    }

    /** How many of the session's questions have an answer (an exam's skipped ones not). */
    long answered() {
        return session.items().stream().filter(QuestionView::answered).count();
    }

    /**
     * {@code saved} taken up again on {@code set}: the same session (seed, shuffling, questions, order) with its
     * answers given again, at its first question without one; empty when the set no longer gives the same session
     * (questions added, removed or reordered since).
     */
    static java.util.Optional<Quiz> resume(
            Resumable saved, dev.lectern.model.QuestionSet set, Clock clock, View home, AnswerLog log) {
        AnswerLog.Started s = saved.start();
        SessionOptions options = new SessionOptions(
                s.mode() == AnswerMode.EXAM ? SessionOptions.Mode.EXAM : SessionOptions.Mode.PRACTICE,
                s.shuffle(),
                s.seed(),
                s.only());
        Session session;
        try {
            session = Session.start(set, options);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        List<String> order =
                session.items().stream().map(i -> i.question().id()).toList();
        if (!order.equals(s.order())) {
            return java.util.Optional.empty();
        }
        for (Resumable.Saved a : saved.answers()) {
            if (!order.contains(a.questionId())) {
                continue;
            }
            session = session.goTo(order.indexOf(a.questionId()));
            if (!a.overridden()) {
                session = session.answer(a.parts());
            } else if (session.canOverrideAsRight()) {
                session = session.overrideAsRight();
            }
        }
        int next = 0;
        while (next < session.items().size() - 1
                && session.items().get(next).grade().isPresent()) {
            next++;
        }
        Instant started = clock.instant().minusMillis(Math.max(0, saved.millis()));
        return java.util.Optional.of(
                new Quiz(session.goTo(next), started, clock, home, s.setName(), s.sessionId(), log));
    }
}
