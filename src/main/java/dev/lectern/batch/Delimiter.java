package dev.lectern.batch;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The character between a CSV file's fields: a comma, a semicolon (Excel in locales whose decimal point is a
 * comma) or a tab (Excel's "Unicode text", tab-separated exports). Sniffed from the header line: the one found
 * most often outside quotes, a comma when none is.
 */
public enum Delimiter {
    COMMA(','),
    SEMICOLON(';'),
    TAB('\t');

    private final char character;

    Delimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** {@code ,}, {@code ;}, {@code tab} (or a tab character), as typed after {@code --delimiter}. */
    public static java.util.Optional<Delimiter> named(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case ",", "comma" -> java.util.Optional.of(COMMA);
            case ";", "semicolon" -> java.util.Optional.of(SEMICOLON);
            case "tab", "\\t" -> java.util.Optional.of(TAB);
            default -> text.equals("\t") ? java.util.Optional.of(TAB) : java.util.Optional.empty();
        };
    }

    /** From the first line of {@code in} (which must support mark/reset); the reader is left where it was. */
    public static Delimiter sniff(BufferedReader in) throws IOException {
        int limit = 1 << 16;
        in.mark(limit);
        java.util.Map<Delimiter, Integer> counts = new java.util.EnumMap<>(Delimiter.class);
        boolean quoted = false;
        for (int i = 0, c; i < limit - 1 && (c = in.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (Delimiter d : values()) {
                    if (c == d.character) {
                        counts.merge(d, 1, Integer::sum);
                    }
                }
            }
        }
        in.reset();
        Delimiter best = COMMA;
        for (Delimiter d : values()) {
            if (counts.getOrDefault(d, 0) > counts.getOrDefault(best, 0)) {
                best = d;
            }
        }
        return best;
    }
}
