package dev.lectern.draft;

import dev.lectern.model.Question;
import java.util.List;

/** A proposed question and the comment lines to write above it (the sentence it came from). */
public record Drafted(Question question, List<String> comments) {
    public Drafted {
        comments = List.copyOf(comments);
    }
}
