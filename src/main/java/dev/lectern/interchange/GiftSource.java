package dev.lectern.interchange;

import dev.lectern.load.Pos;
import java.util.List;

/**
 * One GIFT question's text as Moodle's importer sees it: its lines trimmed and joined with line breaks, comment
 * lines blanked, and escaped control characters ({@code \: \# \= \{ \} \~}) replaced by placeholders so that
 * splitting on them is safe; {@code \\} is a backslash and {@code \n} a line break. Every character remembers
 * where it was in the file, for messages.
 */
final class GiftSource {
    private static final String CONTROL = ":#={}~";
    /** Private-use characters stand for escaped control characters until the text is shown. */
    private static final char PLACEHOLDER = '\uE000';

    private final String text;
    private final int[] lines;
    private final int[] columns;

    private GiftSource(String text, int[] lines, int[] columns) {
        this.text = text;
        this.lines = lines;
        this.columns = columns;
    }

    /** The block of {@code raw} lines starting at line {@code firstLine} (from 1) of the file. */
    static GiftSource of(List<String> raw, int firstLine) {
        StringBuilder sb = new StringBuilder();
        int total = raw.stream().mapToInt(String::length).sum() + raw.size();
        int[] lines = new int[total + 1];
        int[] columns = new int[total + 1];
        for (int l = 0; l < raw.size(); l++) {
            String line = raw.get(l);
            String trimmed = line.strip();
            int indent = line.indexOf(trimmed.isEmpty() ? " " : trimmed.substring(0, 1));
            if (trimmed.startsWith("//")) {
                trimmed = "";
            }
            if (l > 0) {
                mark(
                        lines,
                        columns,
                        sb.length(),
                        firstLine + l - 1,
                        Math.max(1, raw.get(l - 1).length() + 1));
                sb.append('\n');
            }
            for (int i = 0; i < trimmed.length(); i++) {
                char c = trimmed.charAt(i);
                mark(lines, columns, sb.length(), firstLine + l, indent + i + 1);
                if (c == '\\' && i + 1 < trimmed.length()) {
                    char next = trimmed.charAt(i + 1);
                    if (next == '\\' || next == 'n' || CONTROL.indexOf(next) >= 0) {
                        sb.append(
                                next == '\\'
                                        ? '\\'
                                        : next == 'n' ? '\n' : (char) (PLACEHOLDER + CONTROL.indexOf(next)));
                        i++;
                        continue;
                    }
                }
                sb.append(c);
            }
        }
        mark(
                lines,
                columns,
                sb.length(),
                firstLine + raw.size() - 1,
                raw.get(raw.size() - 1).length() + 1);
        return new GiftSource(sb.toString(), lines, columns);
    }

    private static void mark(int[] lines, int[] columns, int at, int line, int column) {
        lines[at] = line;
        columns[at] = column;
    }

    String text() {
        return text;
    }

    /** Where character {@code offset} of {@link #text()} was in the file. */
    Pos pos(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        return new Pos(Math.max(1, lines[at]), Math.max(1, columns[at]));
    }

    /** The text with escaped control characters as themselves again. */
    static String restore(String processed) {
        StringBuilder sb = new StringBuilder(processed.length());
        for (int i = 0; i < processed.length(); i++) {
            char c = processed.charAt(i);
            int k = c - PLACEHOLDER;
            sb.append(k >= 0 && k < CONTROL.length() ? CONTROL.charAt(k) : c);
        }
        return sb.toString();
    }
}
