package dev.lectern.tui;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.article.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** A paragraph drawn wrapped, with passages in it highlighted (reverse and underline without colour). */
final class PassageBox {
    private PassageBox() {
    }

    /** Lines of the paragraph, each as segments of text and style, the passages in it highlighted. */
    static List<List<Segment>> lines(Paragraph paragraph, List<Passage> highlighted, int width) {
        return lines(paragraph, highlighted, width, Style.HIGHLIGHT);
    }

    /** Lines of the paragraph, the passages in it drawn in {@code lit}. */
    static List<List<Segment>> lines(Paragraph paragraph, List<Passage> highlighted, int width, Style lit) {
        String text = paragraph.text();
        boolean[] marked = new boolean[text.length()];
        for (Passage p : highlighted) {
            if (p.paragraph() == paragraph.number()) {
                for (int i = p.span().start(); i < p.span().end() && i < marked.length; i++) {
                    marked[i] = true;
                }
            }
        }
        List<List<Segment>> lines = new ArrayList<>();
        for (Lines.Range r : Lines.wrap(text, width)) {
            List<Segment> segments = new ArrayList<>();
            int i = r.start();
            while (i < r.end()) {
                int j = i;
                while (j < r.end() && marked[j] == marked[i]) {
                    j++;
                }
                segments.add(new Segment(text.substring(i, j), marked[i] ? lit : Style.NORMAL));
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
        return passages.stream().map(Passage::paragraph).distinct().sorted().map(article::paragraph).toList();
    }

    record Segment(String text, Style style) {
    }
}
