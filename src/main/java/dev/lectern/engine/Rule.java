package dev.lectern.engine;

/** The rule that decided a grade, named in the grade so a learner or teacher can see why. */
public enum Rule {
    EXACT("exact", "exactly as expected"),
    NORMALIZED("normalized", "ignoring punctuation, spacing and (unless case matters) case"),
    ALTERNATE("alternate", "another accepted answer"),
    PATTERN("pattern", "matches the accepted pattern"),
    NUMBER("number", "the same number"),
    LENIENT("lenient", "forgiving accents and small spelling slips"),
    SQUAD("squad", "the same after SQuAD's normalisation"),
    F1("f1", "partial credit for the words shared with the best accepted answer"),
    ANTICIPATED("anticipated", "a wrong answer the teacher expected"),
    NO_MATCH("no-match", "matches no accepted answer"),
    CHOICE("choice", "the chosen option"),
    ALL_OR_NOTHING("all-or-nothing", "full points only when all of it is right"),
    RIGHT_MINUS_WRONG("right-minus-wrong", "each right pick adds, each wrong pick takes away"),
    PER_OPTION("per-option", "each option judged on its own"),
    PAIRS("pairs", "the share of items in the right order relative to each other"),
    PER_PAIR("per-pair", "each pair scored on its own"),
    PER_BLANK("per-blank", "each blank scored on its own"),
    SENTENCE("sentence", "the supporting sentence"),
    NEAR("near", "the right paragraph, but another sentence"),
    UNREADABLE("unreadable", "the answer could not be read"),
    UNANSWERED("unanswered", "no answer given");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The rule's name in reports and JSON: {@code normalized}. */
    public String id() {
        return id;
    }

    /** The rule in a teacher's words: "ignoring case, punctuation and spacing". */
    public String description() {
        return description;
    }
}
