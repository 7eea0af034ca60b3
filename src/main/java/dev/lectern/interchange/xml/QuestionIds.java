package dev.lectern.interchange.xml;

import dev.lectern.model.QuestionHeader;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Ids for imported questions: the platform's id when it is already a Lectern id, else made from its name or
 * prompt (lower case, accents dropped, words joined by {@code -}, at most 40 characters), made unique in the
 * file with {@code -2}, {@code -3}….
 */
public final class QuestionIds {
    private static final int MAX = 40;
    private final Set<String> used = new HashSet<>();

    /** The first usable candidate, made unique; {@code q1}, {@code q2}… when none gives an id. */
    public String next(Optional<String> exact, String... names) {
        String base = exact.filter(s -> QuestionHeader.ID.matcher(s).matches()).orElse("");
        for (int i = 0; base.isEmpty() && i < names.length; i++) {
            base = slug(names[i]);
        }
        if (base.isEmpty()) {
            base = "q" + (used.size() + 1);
        }
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        used.add(id);
        return id;
    }

    /** {@code "Who leads Russia's delegation?"} → {@code who-leads-russia-s-delegation}. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = s.substring(0, cut > 10 ? cut : MAX).replaceAll("-+$", "");
        }
        return s;
    }
}
