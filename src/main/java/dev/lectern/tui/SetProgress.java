package dev.lectern.tui;

/**
 * What the history knows of one question set, for the start screen: the sessions taken, the best and the last
 * score (percent), and how many of its questions are due for review today.
 */
public record SetProgress(int attempts, double best, double last, int due) {
    public static final SetProgress NONE = new SetProgress(0, 0, 0, 0);

    public SetProgress {
        if (attempts < 0 || due < 0) {
            throw new IllegalArgumentException("attempts and due cannot be negative");
        }
    }

    /** "best 85% · last 60% · 3 due", or less; empty for a set never practised with nothing due. */
    public String label() {
        StringBuilder label = new StringBuilder();
        if (attempts > 0) {
            label.append("best ").append(Math.round(best)).append("% · last ").append(Math.round(last)).append('%');
        }
        if (due > 0) {
            label.append(label.length() > 0 ? " · " : "").append(due).append(" due");
        }
        return label.toString();
    }
}
