package dev.lectern.load;

import dev.lectern.model.Printable;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Warnings for control characters (ESC, BEL, NUL, DEL…) in a set's texts and in its article: terminals act on
 * them instead of showing them, so Lectern shows them escaped everywhere ({@link Printable}), and {@code check}
 * says where they are, since they are almost always pasted by accident. Line breaks and tabs are text; so is the
 * CR of a CRLF line end.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    /** A warning at {@code pos} when {@code text}, a value of the set, has control characters. */
    static void inValue(String text, Pos pos, Problems problems) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); i++) {
            if (Printable.isEscaped(text.charAt(i))) {
                found.add(Printable.oneLine(String.valueOf(text.charAt(i))));
            }
        }
        if (!found.isEmpty()) {
            problems.warning(
                    pos,
                    "this text has " + (found.size() == 1 ? "a control character" : "control characters")
                            + " (" + String.join(", ", found)
                            + "), which terminals act on instead of showing; Lectern shows"
                            + " " + (found.size() == 1 ? "it" : "them") + " escaped, as here: remove "
                            + (found.size() == 1 ? "it" : "them") + " unless you meant "
                            + (found.size() == 1 ? "it" : "them"));
        }
    }

    /** The warning for an article whose text has control characters, naming the first by line and column. */
    static Optional<String> inArticle(String name, String text) {
        int count = 0;
        int line = 1;
        int column = 1;
        int firstLine = 0;
        int firstColumn = 0;
        char first = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) == '\n'));
            if (!lineEnd && Printable.isEscaped(c)) {
                if (count++ == 0) {
                    firstLine = line;
                    firstColumn = column;
                    first = c;
                }
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of("article '" + name + "' has "
                + (count == 1 ? "a control character" : count + " control" + " characters") + ", the first "
                + Printable.oneLine(String.valueOf(first)) + " at " + name + ":"
                + firstLine + ":" + firstColumn + "; terminals act on them instead of showing them, so Lectern shows"
                + " them escaped: remove them from the article");
    }
}
