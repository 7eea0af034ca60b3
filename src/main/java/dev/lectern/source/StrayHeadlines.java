package dev.lectern.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs that look like headlines rather than prose: a few words starting with a capital and ending without
 * punctuation, the way a teaser for another story or a section title pasted into an article reads. They are
 * reported, never removed: the teacher decides.
 */
final class StrayHeadlines {
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile(".*[.!?:;,…\"'”’»)\\]]$");
    private static final Pattern TWO_SENTENCES = Pattern.compile(".*[.!?] \\p{Lu}.*");
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 16;

    private StrayHeadlines() {}

    static List<Note> notes(List<String> paragraphs) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (looksLikeHeadline(paragraphs.get(i))) {
                String where = i == 0 ? "looks like a title" : "looks like a stray headline";
                notes.add(new Note(
                        i + 1,
                        where + " (short, capitalised, no final punctuation), kept: \"" + paragraphs.get(i) + "\""));
            }
        }
        return notes;
    }

    static boolean looksLikeHeadline(String p) {
        int words = p.split("\\s+").length;
        return words >= MIN_WORDS
                && words <= MAX_WORDS
                && Character.isUpperCase(p.codePointAt(0))
                && !FINAL_PUNCTUATION.matcher(p).matches()
                && !TWO_SENTENCES.matcher(p).matches();
    }
}
