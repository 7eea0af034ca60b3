package dev.lectern.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.lectern.model.Printable;
import java.util.List;

/**
 * Where a view draws: the screen's text graphics, its size, and the theme, with text clipped to the width and its
 * control characters escaped ({@link Printable}: Lanterna cannot draw them, and they come from files). A
 * {@link #region} is a canvas onto a band of the screen that content taller than the band can be drawn on and
 * scrolled through.
 */
public final class Canvas {
    private final TextGraphics graphics;
    private final Theme theme;
    /** Screen row = row − shift. */
    private final int shift;
    /** Only screen rows from clipTop (inclusive) to clipBottom (exclusive) are drawn. */
    private final int clipTop;

    private final int clipBottom;
    private final int height;

    public Canvas(TextGraphics graphics, Theme theme) {
        this(
                graphics,
                theme,
                0,
                0,
                graphics.getSize().getRows(),
                graphics.getSize().getRows());
    }

    private Canvas(TextGraphics graphics, Theme theme, int shift, int clipTop, int clipBottom, int height) {
        this.graphics = graphics;
        this.theme = theme;
        this.shift = shift;
        this.clipTop = clipTop;
        this.clipBottom = clipBottom;
        this.height = height;
    }

    /**
     * A canvas of unbounded height whose row {@code scroll} shows at screen row {@code top}, drawing only the
     * {@code rows} screen rows from there (none when {@code rows} is 0: a dry run, to measure what would be drawn).
     */
    Canvas region(int top, int rows, int scroll) {
        return new Canvas(graphics, theme, scroll - top, top, top + Math.max(0, rows), Integer.MAX_VALUE / 4);
    }

    public int width() {
        return graphics.getSize().getColumns();
    }

    public int height() {
        return height;
    }

    public TerminalSize size() {
        return graphics.getSize();
    }

    /** Draws {@code text} at a column and row in a style, clipped at the right edge; returns the next column. */
    public int text(int column, int row, String text, Style style) {
        text = Printable.escape(text);
        int screenRow = row - shift;
        if (screenRow < clipTop || screenRow >= clipBottom || column >= width()) {
            return column
                    + Lines.width(TerminalTextUtils.fitString(text.replace('\n', ' '), Math.max(0, width() - column)));
        }
        String fitted = TerminalTextUtils.fitString(text.replace('\n', ' '), Math.max(0, width() - column));
        Theme.Look look = theme.look(style);
        graphics.setForegroundColor(look.foreground());
        graphics.setBackgroundColor(look.background());
        graphics.setModifiers(look.modifiers());
        graphics.putString(column, screenRow, fitted);
        graphics.clearModifiers();
        graphics.disableModifiers(SGR.values());
        return column + Lines.width(fitted);
    }

    /** Like {@link #text}, but a text too long for the row ends in "…", so the cut shows. */
    public int clipped(int column, int row, String text, Style style) {
        return clipped(column, row, text, style, width());
    }

    /** Like {@link #clipped(int, int, String, Style)}, but ending before column {@code end}. */
    public int clipped(int column, int row, String text, Style style, int end) {
        int room = Math.min(end, width()) - column;
        String flat = Printable.escape(text).replace('\n', ' ');
        if (room > 0 && Lines.width(flat) > room) {
            flat = TerminalTextUtils.fitString(flat, room - 1) + "…";
        }
        return text(column, row, flat, style);
    }

    /** Wraps {@code text} into rows from {@code row}, at most {@code maxRows}; returns the row after the last. */
    public int paragraph(int column, int row, String text, Style style, int maxRows) {
        List<String> lines = Lines.wrapText(Printable.escape(text), width() - column);
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

    /**
     * A list entry: {@code label} at column 2, then {@code text} wrapped beside it, both reversed when
     * {@code selected}. Returns the row after the entry.
     */
    public int listEntry(int row, String label, String text, boolean selected) {
        int col = text(2, row, label, selected ? Style.SELECTED : Style.KEY);
        List<String> lines = Lines.wrapText(Printable.escape(text), width() - col - 1);
        for (int l = 0; l < lines.size(); l++) {
            text(col, row + l, lines.get(l), selected ? Style.SELECTED : Style.NORMAL);
        }
        return row + lines.size();
    }
}
