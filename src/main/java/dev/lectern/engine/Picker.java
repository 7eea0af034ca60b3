package dev.lectern.engine;

import java.util.List;

/**
 * A list a learner picks from (choices, order items, match sides), compiled: each entry stripped and normalised
 * once, so that picking normalises only what was typed.
 */
final class Picker {
    private final List<String> entries;
    private final String[] stripped;
    private final String[] normalized;

    Picker(List<String> entries) {
        this.entries = List.copyOf(entries);
        stripped = new String[entries.size()];
        normalized = new String[entries.size()];
        for (int i = 0; i < stripped.length; i++) {
            stripped[i] = entries.get(i).strip();
            normalized[i] = FastText.normalize(entries.get(i), false);
        }
    }

    int size() {
        return stripped.length;
    }

    String get(int index) {
        return entries.get(index);
    }

    List<String> entries() {
        return entries;
    }

    /**
     * The written index of the entry named by its letter as shown, or by its text (ignoring case, punctuation and
     * spacing); −1 for none. A letter that is also an entry's own text names that entry.
     */
    int pick(String given, Presentation shown) {
        String typed = given.strip();
        int letter = AnswerParts.letter(given, stripped.length);
        if (letter >= 0 && noEntryIgnoringCase(typed)) {
            return shown.written(letter);
        }
        String normal = null;
        for (int i = 0; i < stripped.length; i++) {
            if (stripped[i].equals(typed)) {
                return i;
            }
            if (normal == null) {
                normal = FastText.normalize(given, false);
            }
            if (normalized[i].equals(normal)) {
                return i;
            }
        }
        return -1;
    }

    private boolean noEntryIgnoringCase(String typed) {
        for (String entry : entries) {
            if (entry.equalsIgnoreCase(typed)) {
                return false;
            }
        }
        return true;
    }
}
