package dev.lectern.interchange;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * GIFT's text formats: a text may start with {@code [html]}, {@code [moodle]}, {@code [markdown]} or
 * {@code [plain]}, and answers and feedback take the question text's format unless they name their own. Every
 * text becomes plain text: HTML (and Moodle's auto-format, which allows HTML) through jsoup, Markdown without its
 * emphasis marks.
 */
enum GiftFormat {
    MOODLE,
    HTML,
    PLAIN,
    MARKDOWN;

    /** A text's own format and the rest of it, or {@code fallback} when it names none. */
    record Tagged(GiftFormat format, String text) {}

    static Tagged tagged(String raw, GiftFormat fallback) {
        String text = raw.strip();
        int close = text.indexOf(']');
        if (text.startsWith("[") && close > 0) {
            String name = text.substring(1, close).toUpperCase(Locale.ROOT);
            for (GiftFormat f : values()) {
                if (f.name().equals(name)) {
                    return new Tagged(f, text.substring(close + 1));
                }
            }
        }
        return new Tagged(fallback, text);
    }

    /** The processed GIFT text {@code raw} as plain text; dropped images and media are reported to {@code dropped}. */
    String plain(String raw, Consumer<List<String>> dropped) {
        String text = GiftSource.restore(raw).strip();
        switch (this) {
            case HTML, MOODLE -> {
                if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
                    // A question written over several lines is one text, as Moodle shows it.
                    return text.replaceAll("[ \\t]*\\R[ \\t]*", " ");
                }
                HtmlText.Plain plain = HtmlText.toPlain(text);
                if (!plain.dropped().isEmpty()) {
                    dropped.accept(plain.dropped());
                }
                return plain.text();
            }
            case MARKDOWN -> {
                // Emphasis and code marks only: the words stay as written.
                return text.replaceAll("(\\*\\*|__)(.+?)\\1", "$2").replaceAll("`([^`]*)`", "$1");
            }
            default -> {
                return text;
            }
        }
    }
}
