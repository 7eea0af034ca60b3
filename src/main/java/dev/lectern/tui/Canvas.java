package dev.lectern.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/** Where a view draws: the screen's text graphics, its size, and the theme, with text clipped to the width. */
public final class Canvas {
    private final TextGraphics graphics;
    private final Theme theme;

    public Canvas(TextGraphics graphics, Theme theme) {
        this.graphics = graphics;
        this.theme = theme;
    }

    public int width() {
        return graphics.getSize().getColumns();
    }

    public int height() {
        return graphics.getSize().getRows();
    }

    public TerminalSize size() {
        return graphics.getSize();
    }

    /** Draws {@code text} at a column and row in a style, clipped at the right edge; returns the next column. */
    public int text(int column, int row, String text, Style style) {
        if (row < 0 || row >= height() || column >= width()) {
            return column;
        }
        String fitted = TerminalTextUtils.fitString(text.replace('\n', ' '), Math.max(0, width() - column));
        Theme.Look look = theme.look(style);
        graphics.setForegroundColor(look.foreground());
        graphics.setBackgroundColor(look.background());
        graphics.setModifiers(look.modifiers());
        graphics.putString(column, row, fitted);
        graphics.clearModifiers();
        graphics.disableModifiers(SGR.values());
        return column + Lines.width(fitted);
    }

    /** Wraps {@code text} into rows from {@code row}, at most {@code maxRows}; returns the row after the last. */
    public int paragraph(int column, int row, String text, Style style, int maxRows) {
        List<String> lines = Lines.wrapText(text, width() - column);
        for (int i = 0; i < lines.size() && i < maxRows; i++) {
            text(column, row + i, lines.get(i), style);
        }
        return row + Math.min(lines.size(), maxRows);
    }

    /**
     * A one-line key legend at the bottom: pairs of key and meaning. When they do not all fit, as many as fit are
     * shown and then {@code ? more}, so no key is ever cut in half and the help is always a key away.
     */
    public void footer(String... keysAndMeanings) {
        int row = height() - 1;
        int pairs = keysAndMeanings.length / 2;
        int fit = pairs;
        if (legendWidth(keysAndMeanings, pairs) > width()) {
            int room = width() - 2 - Lines.width("? more");
            fit = 0;
            while (fit < pairs && legendWidth(keysAndMeanings, fit + 1) <= room) {
                fit++;
            }
        }
        int col = 0;
        for (int i = 0; i < fit; i++) {
            col = text(col, row, keysAndMeanings[2 * i], Style.KEY);
            col = text(col, row, " " + keysAndMeanings[2 * i + 1] + "  ", Style.DIM);
        }
        if (fit < pairs) {
            col = text(col, row, "?", Style.KEY);
            text(col, row, " more", Style.DIM);
        }
    }

    private static int legendWidth(String[] keysAndMeanings, int pairs) {
        int w = 0;
        for (int i = 0; i < pairs; i++) {
            w += Lines.width(keysAndMeanings[2 * i]) + Lines.width(" " + keysAndMeanings[2 * i + 1] + "  ");
        }
        return w - (pairs > 0 ? 2 : 0);
    }
}
