package dev.lectern.engine;

/** What a grade says of an answer. Unanswered and wrong stay distinct everywhere: a blank is not a mistake. */
public enum Verdict {
    CORRECT("correct"),
    PARTIAL("partial"),
    WRONG("wrong"),
    UNANSWERED("unanswered");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
