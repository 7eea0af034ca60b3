package dev.lectern.model;

import java.util.List;

/**
 * A text with blanks. {@code segments} surround the blanks: segment 0, blank 0, segment 1, … so there is always
 * one more segment than blanks.
 */
public record ClozeQuestion(QuestionHeader header, List<String> segments, List<Blank> blanks, TextMatching matching)
        implements Question {
    /** The prompt of a cloze question that gives none. */
    public static final String DEFAULT_PROMPT = "Fill in the blanks.";

    /** One blank: the accepted texts, the first shown as the expected one. */
    public record Blank(List<String> answers) {
        public Blank {
            if (answers.isEmpty() || answers.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a blank needs non-empty answers");
            }
            answers = List.copyOf(answers);
        }
    }

    public ClozeQuestion {
        if (blanks.isEmpty() || segments.size() != blanks.size() + 1) {
            throw new IllegalArgumentException("a cloze text needs blanks between its segments");
        }
        segments = List.copyOf(segments);
        blanks = List.copyOf(blanks);
    }

    @Override
    public String typeName() {
        return "cloze";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.cloze(this);
    }
}
