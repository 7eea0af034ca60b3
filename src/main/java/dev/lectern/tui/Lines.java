package dev.lectern.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping by display width (CJK and emoji take two columns), returning each line as a range of the
 * original text so highlights can be drawn on the wrapped lines.
 */
public final class Lines {
    /** Chars {@code [start, end)} of the wrapped text, without the spaces where it was broken. */
    public record Range(int start, int end) {}

    private Lines() {}

    public static int width(String text) {
        return TerminalTextUtils.getColumnWidth(text);
    }

    public static List<Range> wrap(String text, int width) {
        List<Range> lines = new ArrayList<>();
        int w = Math.max(1, width);
        int start = 0;
        while (start < text.length()) {
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start >= text.length()) {
                break;
            }
            int end = start;
            int used = 0;
            int lastBreak = -1;
            while (end < text.length()) {
                char c = text.charAt(end);
                if (c == '\n') {
                    break;
                }
                int cw = TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
                if (used + cw > w) {
                    break;
                }
                if (c == ' ') {
                    lastBreak = end;
                }
                used += cw;
                end++;
            }
            if (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != ' ' && lastBreak > start) {
                end = lastBreak;
            }
            if (end == start && text.charAt(start) != '\n') {
                end = start + 1; // a double-width char wider than the line: it goes alone, clipped, not forever
            }
            lines.add(new Range(start, end));
            start = end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
        }
        if (lines.isEmpty()) {
            lines.add(new Range(0, 0));
        }
        return lines;
    }

    public static List<String> wrapText(String text, int width) {
        return wrap(text, width).stream()
                .map(r -> text.substring(r.start(), r.end()))
                .toList();
    }
}
