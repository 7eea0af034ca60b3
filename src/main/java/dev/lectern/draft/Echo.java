package dev.lectern.draft;

import java.util.Locale;
import java.util.Set;

/**
 * Turns a sentence into the question a teacher asks about one part of it, by putting the question words where
 * that part was and keeping the clause around it: "A Russian missile attack on the city on Palm Sunday killed 35
 * people." asked about 35 people is "A Russian missile attack on the city on Palm Sunday killed how many people?"
 */
final class Echo {
    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "which", "who");
    private static final Set<String> OPENERS = Set.of("and", "but", "so", "yet", "or", "while", "although");
    private static final int MAX_TAIL_WORDS = 12;

    private Echo() {}

    /** The question asking for chars {@code [start, end)} of {@code sentence} with {@code asked} in their place. */
    static String ask(String sentence, int start, int end, String asked) {
        int from = clauseStart(sentence, start);
        int to = clauseEnd(sentence, end);
        String head = sentence.substring(from, start);
        String tail = sentence.substring(end, to).replaceAll("[.!;:,]+$", "").stripTrailing();
        String[] tailWords = tail.strip().split("\\s+");
        if (tailWords.length > MAX_TAIL_WORDS) {
            tail = " " + String.join(" ", java.util.Arrays.copyOf(tailWords, MAX_TAIL_WORDS)) + " …";
        }
        String question = (head + asked + tail).strip();
        String first = question.split("\\s+", -1)[0].toLowerCase(Locale.ROOT);
        if (OPENERS.contains(first)) {
            question = question.substring(first.length()).strip();
        }
        return Character.toUpperCase(question.charAt(0)) + question.substring(1) + "?";
    }

    /** After the last comma or semicolon before {@code at}, unless that clause would start with a pronoun. */
    private static int clauseStart(String sentence, int at) {
        int cut = at < 2 ? -1 : Math.max(sentence.lastIndexOf(", ", at - 2), sentence.lastIndexOf("; ", at - 2));
        if (cut < 0) {
            return 0;
        }
        String clause = sentence.substring(cut + 2, at).strip();
        String first = clause.isEmpty() ? "" : clause.split("\\s+", -1)[0].toLowerCase(Locale.ROOT);
        boolean tooShort = clause.split("\\s+", -1).length < 3;
        return PRONOUNS.contains(first) || tooShort ? clauseStart(sentence, cut) : cut + 2;
    }

    private static int clauseEnd(String sentence, int at) {
        int end = sentence.length();
        for (String mark : new String[] {", ", "; ", " – ", " — ", ": "}) {
            int i = sentence.indexOf(mark, at);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }
}
