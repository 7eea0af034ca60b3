package dev.lectern.tui;

import dev.lectern.engine.Grade;
import dev.lectern.model.Question;
import dev.lectern.schedule.AnswerMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the text UI reports each answer the moment it is graded, and each "I was right" the moment it is made,
 * so that a crash or Ctrl-C loses nothing already answered; and how each session ends (finished, left for later,
 * started over). The UI never waits on the outcome: an implementation that cannot record must not throw, but keep
 * the failure to report once the quiz is over.
 */
public interface AnswerLog {
    /** Records nothing: tests, and the rehearsal that trains the class-data archive. */
    AnswerLog NONE = answer -> {};

    void answered(Answered answer);

    /**
     * The session's summary was shown: it is finished, and counts in its set's scores. {@code unanswered}: the grades
     * of an exam's questions left unanswered (each goes back to box 1), recorded the first time only.
     */
    default void finished(Started session, List<Answered> unanswered) {}

    /** The session was left for later, or (started over) given up; the answers given stay recorded. */
    default void ended(Started session, Ending ending) {}

    /** How a session ends other than by being finished. */
    enum Ending {
        LEFT,
        STARTED_OVER
    }

    /**
     * This log, with every session recorded in {@code mode} instead of its own: a review's practice sessions are
     * recorded as {@code REVIEW}, a cram's as {@code CRAM}.
     */
    default AnswerLog inMode(AnswerMode mode) {
        AnswerLog log = this;
        return new AnswerLog() {
            @Override
            public void answered(Answered a) {
                log.answered(a.in(mode));
            }

            @Override
            public void finished(Started session, List<Answered> unanswered) {
                log.finished(
                        session.in(mode),
                        unanswered.stream().map(a -> a.in(mode)).toList());
            }

            @Override
            public void ended(Started session, Ending ending) {
                log.ended(session.in(mode), ending);
            }
        };
    }

    /**
     * A session as it began: the set as the learner named it ({@code setName}) and its title, the session's id, its
     * mode, seed, shuffling and questions (empty: all), the ids of its questions in the order shown, and when it
     * began: all it takes to give the same session again.
     */
    record Started(
            String setName,
            String setTitle,
            String sessionId,
            AnswerMode mode,
            long seed,
            boolean shuffle,
            Optional<List<String>> only,
            List<String> order,
            Instant started) {
        public Started {
            Objects.requireNonNull(mode, "mode");
            only = only.map(List::copyOf);
            order = List.copyOf(order);
        }

        Started in(AnswerMode other) {
            return new Started(setName, setTitle, sessionId, other, seed, shuffle, only, order, started);
        }
    }

    /**
     * One answer: its session, the question, its grade, the answer's parts as submitted, how long the question was
     * on screen, whether it is an "I was right" (then {@code grade} is the overridden, full-marks grade) and the
     * points possible in the whole session, so that its score in the history is the one its summary shows.
     */
    record Answered(
            Started session,
            Question question,
            Grade grade,
            List<String> parts,
            long millis,
            boolean overridden,
            double sessionPossible) {
        public Answered {
            parts = List.copyOf(parts);
        }

        /** The set as the learner named it. */
        public String setPath() {
            return session.setName();
        }

        public String setTitle() {
            return session.setTitle();
        }

        public String sessionId() {
            return session.sessionId();
        }

        public AnswerMode mode() {
            return session.mode();
        }

        Answered in(AnswerMode mode) {
            return new Answered(session.in(mode), question, grade, parts, millis, overridden, sessionPossible);
        }
    }
}
