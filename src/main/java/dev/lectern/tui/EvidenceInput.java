package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article with a sentence cursor, for evidence questions: the current sentence is selected, ↑↓ (j k) move
 * sentence by sentence across paragraphs, PgUp/PgDn jump to the previous or next paragraph, Home/End to the
 * first or last, and Enter gives the engine the sentence's reference, {@code P.S}. The view scrolls to keep the
 * cursor in sight; paragraph numbers are in the margin.
 */
final class EvidenceInput implements AnswerInput {
    private static final int MARGIN = 5;

    private final Article article;
    private int paragraph;
    private int sentence = 1;
    private int top;

    EvidenceInput(Article article) {
        this.article = article;
        this.paragraph = firstWithSentences(1, 1).orElse(1);
    }

    /** The reference under the cursor, as the learner would type it: {@code 15.2}. */
    String reference() {
        return paragraph + "." + sentence;
    }

    private record Row(int paragraph, boolean first, List<PassageBox.Segment> segments, boolean cursor) {
    }

    @Override
    public int draw(Canvas canvas, int row) {
        int col = canvas.text(2, row, "Selected: ", Style.DIM);
        col = canvas.text(col, row, "sentence " + reference(), Style.KEY);
        if (hasSentences()) {
            canvas.text(col, row, "  (" + sentence + " of " + article.paragraph(paragraph).sentenceCount()
                    + " in ¶ " + paragraph + ")", Style.DIM);
        }
        int first = row + 1;
        int height = Math.max(1, canvas.height() - 1 - first);
        List<Row> rows = rows(canvas.width() - MARGIN - 1);
        scrollToCursor(rows, height);
        for (int i = 0; i < height && top + i < rows.size(); i++) {
            Row r = rows.get(top + i);
            if (r.first()) {
                canvas.text(0, first + i, String.format("%3d ", r.paragraph()),
                        r.paragraph() == paragraph ? Style.KEY : Style.DIM);
            }
            int c = MARGIN;
            for (PassageBox.Segment s : r.segments()) {
                c = canvas.text(c, first + i, s.text(), s.style());
            }
        }
        return first + Math.min(height, rows.size() - top);
    }

    private List<Row> rows(int width) {
        List<Row> rows = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            boolean here = p.number() == paragraph && sentence <= p.sentenceCount();
            List<Passage> lit = here ? List.of(Passage.sentence(p, sentence)) : List.of();
            boolean first = true;
            for (List<PassageBox.Segment> line : PassageBox.lines(p, lit, width, Style.SELECTED)) {
                boolean cursor = line.stream().anyMatch(s -> s.style() == Style.SELECTED);
                rows.add(new Row(p.number(), first, line, cursor));
                first = false;
            }
            rows.add(new Row(p.number(), false, List.of(), false));
        }
        return rows;
    }

    /** Scrolls so that every row of the current sentence shows (its start, when it is taller than the view). */
    private void scrollToCursor(List<Row> rows, int height) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cursor()) {
                start = start < 0 ? i : start;
                end = i;
            }
        }
        if (start >= 0) {
            if (end >= top + height) {
                top = end - height + 1;
            }
            if (start < top) {
                top = start;
            }
        }
        top = Math.max(0, Math.min(top, rows.size() - height));
    }

    /** The article view scrolls itself to keep its cursor in sight. */
    @Override
    public int focusRow() {
        return -1;
    }

    @Override
    public boolean onKey(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowDown:
                nextSentence();
                return true;
            case ArrowUp:
                previousSentence();
                return true;
            case PageDown:
                firstWithSentences(paragraph + 1, 1).ifPresent(p -> moveTo(p, 1));
                return true;
            case PageUp:
                firstWithSentences(paragraph - 1, -1).ifPresent(p -> moveTo(p, 1));
                return true;
            case Home:
                firstWithSentences(1, 1).ifPresent(p -> moveTo(p, 1));
                return true;
            case End:
                firstWithSentences(article.paragraphCount(), -1)
                        .ifPresent(p -> moveTo(p, article.paragraph(p).sentenceCount()));
                return true;
            case Character:
                if (key.isCtrlDown() || key.isAltDown()) {
                    return false;
                }
                if (key.getCharacter() == 'j') {
                    nextSentence();
                    return true;
                }
                if (key.getCharacter() == 'k') {
                    previousSentence();
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private void nextSentence() {
        if (hasSentences() && sentence < article.paragraph(paragraph).sentenceCount()) {
            sentence++;
        } else {
            firstWithSentences(paragraph + 1, 1).ifPresent(p -> moveTo(p, 1));
        }
    }

    private void previousSentence() {
        if (sentence > 1) {
            sentence--;
        } else {
            firstWithSentences(paragraph - 1, -1).ifPresent(p -> moveTo(p, article.paragraph(p).sentenceCount()));
        }
    }

    private void moveTo(int p, int s) {
        paragraph = p;
        sentence = s;
    }

    /** The first paragraph from {@code from}, going in {@code step}, that has a sentence to point at. */
    private Optional<Integer> firstWithSentences(int from, int step) {
        for (int p = from; p >= 1 && p <= article.paragraphCount(); p += step) {
            if (article.paragraph(p).sentenceCount() > 0) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private boolean hasSentences() {
        return article.hasParagraph(paragraph) && article.paragraph(paragraph).sentenceCount() > 0;
    }

    @Override
    public Optional<List<String>> submit() {
        return Optional.of(List.of(hasSentences() ? reference() : ""));
    }

    @Override
    public String[] keys() {
        return new String[] {"↑↓ jk", "sentence", "PgUp/Dn", "paragraph", "Enter", "choose"};
    }
}
