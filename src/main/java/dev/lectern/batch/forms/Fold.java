package dev.lectern.batch.forms;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headers and prompts compared as a form tool may have changed them: case, runs of white space, typographic
 * quotes and dashes, and punctuation at the end (a tool may drop a question mark, or add a colon or an asterisk
 * for "required") do not count.
 */
final class Fold {
    private Fold() {}

    static String text(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(
                    switch (c) {
                        case '‘', '’', '‚', '‛', '′', '`', '´' -> '\'';
                        case '“', '”', '„', '‟', '″', '«', '»' -> '"';
                        case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
                        default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
                    });
        }
        String folded = out.toString().replaceAll(" +", " ").strip();
        int end = folded.length();
        while (end > 0 && "?.:!;,*".indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        folded = folded.substring(0, end).strip();
        if (folded.length() > 1 && folded.startsWith("\"") && folded.endsWith("\"")) {
            folded = folded.substring(1, folded.length() - 1).strip();
        }
        return folded;
    }

    /** The words of a folded text, punctuation dropped. */
    static Set<String> words(String folded) {
        List<String> parts = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
        return new HashSet<>(parts);
    }

    /**
     * How alike two folded texts are, from 0 to 1: the Dice coefficient of their word sets (twice the shared
     * words over the words of both), so a prompt shortened, reworded a little or with a word misspelt still
     * scores high, and one about something else scores low.
     */
    static double likeness(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return 2.0 * shared.size() / (x.size() + y.size());
    }
}
