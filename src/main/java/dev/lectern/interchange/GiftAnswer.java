package dev.lectern.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One answer inside a GIFT question's braces: its text, its weight (1 for {@code =}, {@code %50%} as 0.5), its feedback. */
record GiftAnswer(String text, double weight, Optional<String> feedback) {
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d*)?)%");

    /** The parts between {@code separator}s, trimmed, without the empty one before the first. */
    static List<String> parts(String answers, char separator) {
        List<String> parts = new ArrayList<>();
        for (String p : answers.split(Pattern.quote(String.valueOf(separator)), -1)) {
            parts.add(p.strip());
        }
        if (!parts.isEmpty() && parts.get(0).isEmpty()) {
            parts.remove(0);
        }
        return parts;
    }

    /**
     * Answers after each {@code separator}; a part starting with {@code =} (a choice's right answer) has weight 1,
     * one with {@code %n%} weight n/100, others weight {@code 0} for choices and 1 for typed answers.
     */
    static List<GiftAnswer> split(String answers, char separator, GiftFormat format) {
        List<GiftAnswer> list = new ArrayList<>();
        for (String part : parts(answers, separator)) {
            double weight = separator == '=' ? 1 : 0;
            String rest = part;
            if (rest.startsWith("=")) {
                weight = 1;
                rest = rest.substring(1).strip();
            }
            Matcher m = WEIGHT.matcher(rest);
            if (m.find()) {
                weight = Double.parseDouble(m.group(1)) / 100;
                rest = rest.substring(m.end());
            }
            String[] bits = rest.split("#", 2);
            Optional<String> text = text(bits[0], format);
            if (text.isEmpty()) {
                continue;
            }
            list.add(new GiftAnswer(text.get(), weight, bits.length > 1 ? text(bits[1], format) : Optional.empty()));
        }
        return list;
    }

    /** A text in its own format or {@code fallback}, as plain text; empty when blank. */
    static Optional<String> text(String raw, GiftFormat fallback) {
        GiftFormat.Tagged tagged = GiftFormat.tagged(raw, fallback);
        String text = tagged.format().plain(tagged.text(), d -> {});
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
