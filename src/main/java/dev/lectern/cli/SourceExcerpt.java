package dev.lectern.cli;

import java.util.List;

/**
 * The line a problem points at as a compiler shows it, the line and a caret under the column, cut to the
 * terminal's width around the column with an ellipsis where text is left out: a 20 MB line is shown as one
 * screen line, not echoed whole. Columns count code points, as the loader's positions do; a tab counts as one
 * and is kept in the caret line so the caret lines up.
 */
final class SourceExcerpt {
    static final String ELLIPSIS = "…";
    /** Narrower than this, an excerpt would show too little to recognise the line. */
    static final int MIN_WIDTH = 20;

    private SourceExcerpt() {}

    /**
     * The two lines, the excerpt and its caret, for 1-based {@code column} of {@code line}, at most {@code width}
     * code points each. Costs time in proportion to the column and the width, never to the whole line.
     */
    static List<String> around(String line, int column, int width) {
        int room = Math.max(MIN_WIDTH, width);
        int target = column - 1;
        int fits = advance(line, 0, room);
        if (fits == line.length() && target < room) {
            return List.of(line, caret("", line, 0, target));
        }
        int start = Math.max(0, target - room / 2);
        int startIndex = advance(line, 0, start);
        int end = advance(line, startIndex, room - (start > 0 ? 1 : 0));
        if (end == line.length()) {
            // The end of the line is in view: start early enough to fill the width.
            int length = start + line.codePointCount(startIndex, end);
            start = Math.max(0, Math.min(start, length - (room - 1)));
            startIndex = advance(line, 0, start);
        } else {
            end = advance(line, startIndex, room - (start > 0 ? 2 : 1));
        }
        String left = start > 0 ? ELLIPSIS : "";
        String right = end < line.length() ? ELLIPSIS : "";
        String shown = line.substring(startIndex, end);
        return List.of(left + shown + right, caret(left, shown, 0, target - start));
    }

    /** The index {@code count} code points after {@code from}, or the end of {@code text}. */
    private static int advance(String text, int from, int count) {
        int i = from;
        for (int n = 0; n < count && i < text.length(); n++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** Spaces (tabs where {@code shown} has tabs) up to {@code column} code points into it, then the caret. */
    private static String caret(String left, String shown, int from, int column) {
        StringBuilder sb = new StringBuilder(" ".repeat(left.length()));
        int cp = 0;
        for (int i = from; i < shown.length() && cp < column; i += Character.charCount(shown.codePointAt(i)), cp++) {
            sb.append(shown.charAt(i) == '\t' ? '\t' : ' ');
        }
        for (; cp < column; cp++) {
            sb.append(' ');
        }
        return sb.append('^').toString();
    }
}
