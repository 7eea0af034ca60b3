package dev.lectern.cli;

import dev.lectern.model.Printable;
import java.util.ArrayList;
import java.util.List;

/** Word wrapping for plain terminal output. */
final class Wrap {
    private Wrap() {}

    /**
     * Wraps {@code text} to {@code width} columns after {@code label}, indenting continuation lines under the
     * text, control characters escaped ({@link Printable}). Widths count code points; a word longer than a line is put on a line of its own.
     */
    static List<String> hanging(String label, String text, int width) {
        text = Printable.escape(text); // text from files: its control characters shown, not obeyed
        String indent = " ".repeat(label.length());
        int room = Math.max(10, width - label.length());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.split("\\s+", -1)) {
            if (word.isEmpty()) { // white space at either end
                continue;
            }
            int w = word.codePointCount(0, word.length());
            if (used > 0 && used + 1 + w > room) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += w;
        }
        lines.add(line.toString());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? label : indent) + lines.get(i));
        }
        return out;
    }
}
