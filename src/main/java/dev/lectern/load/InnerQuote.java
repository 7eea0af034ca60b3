package dev.lectern.load;

import java.util.Optional;

/**
 * A {@code "} inside a double-quoted YAML text ends the text early ({@code quote: "he said "no" to it"}), and
 * SnakeYAML then complains about what follows it, in terms that point at the wrong fix. Recognised from the line
 * itself: the text before the error ends with a double-quoted text that started at a value's start.
 */
final class InnerQuote {
    private InnerQuote() {}

    static Optional<YamlMessages.Located> find(String line, int lineNumber, int errorIndex) {
        String before = line.substring(0, Math.min(errorIndex, line.length())).stripTrailing();
        if (!before.endsWith("\"")) {
            return Optional.empty();
        }
        int close = before.length() - 1;
        int open = close - 1;
        while (open >= 0 && (line.charAt(open) != '"' || escaped(line, open))) {
            open--;
        }
        if (open < 0 || !atValueStart(line, open)) {
            return Optional.empty();
        }
        int last = line.lastIndexOf('"');
        String rest = line.substring(close + 1, last > close ? last + 1 : line.length())
                .strip();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String whole = line.substring(open + 1, last > close ? last : line.length());
        String fix = whole.contains("\\")
                ? ""
                : ", or put the whole text in single quotes: '" + whole.replace("'", "''") + "'";
        return Optional.of(new YamlMessages.Located(
                new Pos(lineNumber, column(line, close)),
                "YAML syntax error: this '\"'"
                        + " ends the double-quoted text that starts at column " + column(line, open) + ", so '" + rest
                        + "' after it cannot be read; inside \"…\" write a '\"' as \\\"" + fix));
    }

    private static boolean escaped(String line, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Whether a quote at {@code at} opens a value: after {@code key: }, {@code - }, {@code [}, <code>&#123;</code> or a comma. */
    private static boolean atValueStart(String line, int at) {
        int i = at - 1;
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ":[{,-".indexOf(line.charAt(i)) >= 0;
    }

    private static int column(String line, int index) {
        return line.codePointCount(0, index) + 1;
    }
}
