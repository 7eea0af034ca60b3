package dev.lectern.tui;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import java.util.ArrayList;
import java.util.List;

/** A paragraph drawn wrapped, with passages in it highlighted (reverse and underline without colour). */
final class PassageBox {
    private PassageBox() {}

    /** Lines of the paragraph, each as segments of text and style, the passages in it highlighted. */
    static List<List<Segment>> lines(Paragraph paragraph, List<Passage> highlighted, int width) {
        return lines(paragraph, highlighted, width, Style.HIGHLIGHT);
    }

    /** Lines of the paragraph, the passages in it drawn in {@code lit}. */
    static List<List<Segment>> lines(Paragraph paragraph, List<Passage> highlighted, int width, Style lit) {
        Style[] styles = new Style[paragraph.text().length()];
        for (Passage p : highlighted) {
            if (p.paragraph() == paragraph.number()) {
                mark(styles, p.span().start(), p.span().end(), lit);
            }
        }
        return lines(paragraph.text(), styles, width);
    }

    /** Styles chars {@code [start, end)} of {@code styles} (as far as it reaches) with {@code style}. */
    static void mark(Style[] styles, int start, int end, Style style) {
        for (int i = Math.max(0, start); i < end && i < styles.length; i++) {
            styles[i] = style;
        }
    }

    /** {@code text} wrapped, each char in its style from {@code styles} ({@code null}: normal). */
    static List<List<Segment>> lines(String text, Style[] styles, int width) {
        List<List<Segment>> lines = new ArrayList<>();
        for (Lines.Range r : Lines.wrap(text, width)) {
            List<Segment> segments = new ArrayList<>();
            int i = r.start();
            while (i < r.end()) {
                int j = i;
                while (j < r.end() && styles[j] == styles[i]) {
                    j++;
                }
                segments.add(new Segment(text.substring(i, j), styles[i] == null ? Style.NORMAL : styles[i]));
                i = j;
            }
            lines.add(segments);
        }
        return lines;
    }

    /** Draws the lines from {@code first}, at most {@code rows}; returns the row after the last drawn. */
    static int draw(Canvas canvas, List<List<Segment>> lines, int column, int row, int first, int rows) {
        for (int k = first; k < lines.size() && k - first < rows; k++) {
            int col = column;
            for (Segment s : lines.get(k)) {
                col = canvas.text(col, row, s.text(), s.style());
            }
            row++;
        }
        return row;
    }

    /** The paragraphs that the passages are in, each once, in article order. */
    static List<Paragraph> paragraphs(Article article, List<Passage> passages) {
        return passages.stream()
                .map(Passage::paragraph)
                .distinct()
                .sorted()
                .map(article::paragraph)
                .toList();
    }

    record Segment(String text, Style style) {}
}
