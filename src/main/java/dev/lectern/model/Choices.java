package dev.lectern.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validation shared by the kinds that offer a list of texts to pick from. */
final class Choices {
    private Choices() {}

    static List<String> atLeastTwo(List<String> texts, String what) {
        if (texts.size() < 2) {
            throw new IllegalArgumentException(what + " needs at least two entries: " + texts);
        }
        return List.copyOf(texts);
    }

    /** Choices a learner picks by letter: two to {@link Letters#MAX}. */
    static List<String> lettered(List<String> choices, String type) {
        return lettered(choices, type, "choices");
    }

    /** Texts a learner names by letter ({@code entries}: "choices", "items"): two to {@link Letters#MAX}. */
    static List<String> lettered(List<String> texts, String type, String entries) {
        if (texts.size() > Letters.MAX) {
            throw new IllegalArgumentException(Letters.tooMany(type, texts.size(), entries));
        }
        return atLeastTwo(texts, entries);
    }

    static Map<String, String> feedbackOn(List<String> choices, Map<String, String> feedback) {
        for (String key : feedback.keySet()) {
            if (!choices.contains(key)) {
                throw new IllegalArgumentException("feedback for unknown choice: " + key);
            }
        }
        // In the order written: Map.copyOf's order changes from run to run, and so would the record's text.
        return Collections.unmodifiableMap(new LinkedHashMap<>(feedback));
    }

    static int index(List<String> choices, int index) {
        if (index < 0 || index >= choices.size()) {
            throw new IllegalArgumentException("no choice " + index + " among " + choices.size());
        }
        return index;
    }
}
