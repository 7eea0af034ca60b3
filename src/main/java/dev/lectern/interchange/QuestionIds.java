package dev.lectern.interchange;

import dev.lectern.model.QuestionHeader;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives imported questions ids Lectern accepts ({@link QuestionHeader#ID}: lower-case letters, digits, single
 * hyphens), unique within one file: from the platform's name for the question ({@code ::Grant's tomb::} becomes
 * {@code grant-s-tomb}), else from the first words of the prompt; a second {@code grant-s-tomb} becomes
 * {@code grant-s-tomb-2}. One instance per imported file.
 */
public final class QuestionIds {
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 40;

    private final Set<String> used = new HashSet<>();

    /** A fresh id from {@code name} when it has letters or digits, else from {@code prompt}. */
    public String next(Optional<String> name, String prompt) {
        String base = name.map(QuestionIds::slug).filter(s -> !s.isEmpty()).orElseGet(() -> fromPrompt(prompt));
        if (base.isEmpty()) {
            base = "question";
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case ASCII letters and digits, every other run of characters a single hyphen; accents dropped. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS).replaceAll("-[a-z0-9]*$", "");
        }
        return s;
    }

    private static String fromPrompt(String prompt) {
        String[] words = slug(prompt).split("-", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length && i < MAX_WORDS; i++) {
            if (!words[i].isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "-").append(words[i]);
            }
        }
        return slug(sb.toString());
    }
}
