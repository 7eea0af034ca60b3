package dev.lectern.tui;

import java.time.Instant;
import java.util.List;

/**
 * A session of a set left unfinished, as the history has it: how it began (the same seed, shuffling, questions
 * and order give the same session again), when it was last answered in, the time spent answering, and its answers
 * in the order given.
 */
public record Resumable(AnswerLog.Started start, Instant lastActive, long millis, List<Saved> answers) {
    public Resumable {
        answers = List.copyOf(answers);
    }

    /** One answer as given: the question, its parts as submitted, or (overridden) an "I was right" on it. */
    public record Saved(String questionId, List<String> parts, boolean overridden) {
        public Saved {
            parts = List.copyOf(parts);
        }
    }

    /** How many of its questions have an answer. */
    public long answered() {
        return answers.stream().map(Saved::questionId).distinct().count();
    }

    /** "Resume — 4 of 13 answered". */
    public String offer() {
        return "Resume — " + answered() + " of " + start.order().size() + " answered";
    }
}
