package dev.lectern.tui;

import java.util.Objects;
import java.util.Optional;

/**
 * What the history knows of one question set, for the start screen: the sessions finished, the best and the last
 * score (percent), how many of its questions are due for review today, and a session left unfinished to resume.
 */
public record SetProgress(int attempts, double best, double last, int due, Optional<Resumable> resumable) {
    public static final SetProgress NONE = new SetProgress(0, 0, 0, 0);

    public SetProgress {
        if (attempts < 0 || due < 0) {
            throw new IllegalArgumentException("attempts and due cannot be negative");
        }
        Objects.requireNonNull(resumable, "resumable");
    }

    /** Progress with nothing to resume. */
    public SetProgress(int attempts, double best, double last, int due) {
        this(attempts, best, last, due, Optional.empty());
    }

    /** "best 85% · last 60% · 3 due · left at 4 of 13", or less; empty for a set never practised with nothing due. */
    public String label() {
        StringBuilder label = new StringBuilder();
        if (attempts > 0) {
            label.append("best ")
                    .append(Math.round(best))
                    .append("% · last ")
                    .append(Math.round(last))
                    .append('%');
        }
        if (due > 0) {
            label.append(label.length() > 0 ? " · " : "").append(due).append(" due");
        }
        resumable.ifPresent(r -> label.append(label.length() > 0 ? " · " : "")
                .append("left at ")
                .append(r.answered())
                .append(" of ")
                .append(r.start().order().size()));
        return label.toString();
    }
}
