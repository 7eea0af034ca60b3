package dev.lectern.load;

import dev.lectern.model.Printable;
import dev.lectern.model.Quoted;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Warnings for control characters (ESC, BEL, NUL, DEL…, and the bidirectional overrides and isolates that
 * reorder what follows them) in a set's texts and in its article: terminals act on them instead of showing them,
 * so Lectern shows them escaped everywhere ({@link Printable}), and {@code check} says where they are, since they
 * are almost always pasted by accident. Line breaks and tabs are text; so is the CR of a CRLF line end.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    /** A warning at {@code pos} when {@code text}, a value of the set, has control characters. */
    static void inValue(String text, Pos pos, Problems problems) {
        Set<String> found = new LinkedHashSet<>();
        boolean onlyBidi = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Printable.isEscaped(c)) {
                found.add(Printable.oneLine(String.valueOf(c)));
                onlyBidi &= Printable.isBidiControl(c);
            }
        }
        if (!found.isEmpty()) {
            boolean one = found.size() == 1;
            String them = one ? "it" : "them";
            String what = onlyBidi
                    ? (one ? "a bidirectional-text control" : "bidirectional-text controls")
                    : (one ? "a control character" : "control characters");
            String why = onlyBidi
                    ? ", which " + (one ? "makes" : "make") + " terminals show the text after " + them + " reordered"
                    : ", which terminals act on instead of showing";
            problems.warning(
                    pos,
                    "this text has " + what + " (" + String.join(", ", found) + ")" + why + "; Lectern shows " + them
                            + " escaped, as here: remove " + them + " unless you meant " + them);
        }
    }

    /** The warning for an article whose text has control characters, naming the first by line and column. */
    static Optional<String> inArticle(String name, String text) {
        int count = 0;
        boolean onlyBidi = true;
        int line = 1;
        int column = 1;
        int firstLine = 0;
        int firstColumn = 0;
        char first = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) == '\n'));
            if (!lineEnd && Printable.isEscaped(c)) {
                onlyBidi &= Printable.isBidiControl(c);
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
        String where = ", the first " + Printable.oneLine(String.valueOf(first)) + " at " + name + ":" + firstLine + ":"
                + firstColumn + "; ";
        if (onlyBidi) {
            String them = count == 1 ? "it" : "them";
            return Optional.of("article " + Quoted.of(name) + " has "
                    + (count == 1 ? "a bidirectional-text control" : count + " bidirectional-text controls") + where
                    + "terminals show the text after " + them + " reordered, so Lectern shows " + them
                    + " escaped: remove " + them + " from the article");
        }
        return Optional.of("article " + Quoted.of(name) + " has "
                + (count == 1 ? "a control character" : count + " control" + " characters") + where
                + "terminals act on them instead of showing them, so Lectern shows them escaped: remove them from the"
                + " article");
    }
}
