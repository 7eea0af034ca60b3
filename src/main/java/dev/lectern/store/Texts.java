package dev.lectern.store;

import dev.lectern.engine.Verdict;
import dev.lectern.schedule.AnswerMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the store's typed values are written in the history file, and read back: modes and verdicts as words
 * ({@code practice}, {@code CORRECT}: what schema 1 wrote), lists of texts (an answer's parts, a session's question
 * ids) as each text's length, a colon and the text, one after another, so any text survives, colons and all.
 */
final class Texts {
    private Texts() {}

    static String mode(AnswerMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    static AnswerMode mode(String text) {
        return AnswerMode.valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** The modes that move the schedule, as an SQL list: {@code ('exam', 'practice', 'review')}. */
    static String scheduledModesSql() {
        return Arrays.stream(AnswerMode.values())
                .filter(AnswerMode::movesSchedule)
                .map(m -> "'" + mode(m) + "'")
                .sorted()
                .collect(Collectors.joining(", ", "(", ")"));
    }

    static String verdict(Verdict verdict) {
        return verdict.name();
    }

    static Verdict verdict(String text) {
        return Verdict.valueOf(text);
    }

    static String list(List<String> texts) {
        StringBuilder b = new StringBuilder();
        for (String t : texts) {
            b.append(t.length()).append(':').append(t);
        }
        return b.toString();
    }

    static List<String> list(String text) {
        List<String> texts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int colon = text.indexOf(':', i);
            if (colon < 0) {
                throw new IllegalArgumentException("not a list of texts: " + text);
            }
            int length = Integer.parseInt(text.substring(i, colon));
            texts.add(text.substring(colon + 1, colon + 1 + length));
            i = colon + 1 + length;
        }
        return texts;
    }
}
