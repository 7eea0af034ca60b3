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
 * first or last, a paragraph's number and Enter ({@code 35} Enter) to that paragraph, {@code /} searches (every
 * match marked, the cursor on the sentence of the current one, {@code n} and {@code N} for the next and
 * previous), and Enter gives the engine the sentence's reference, {@code P.S}. The view scrolls to keep the
 * cursor in sight; paragraph numbers are in the margin.
 */
final class EvidenceInput implements AnswerInput {
    private static final int MARGIN = 5;

    private final Article article;
    private int paragraph;
    private int sentence = 1;
    private int top;
    /** The search being typed after {@code /}, or null. */
    private StringBuilder search;

    private ArticleSearch found;
    /** The paragraph number being typed, to jump to on Enter. */
    private final StringBuilder number = new StringBuilder();

    private String status = "";
    /** Set by a jump: the next draw scrolls the cursor's paragraph to the top. */
    private boolean toTop;

    EvidenceInput(Article article) {
        this.article = article;
        this.paragraph = firstWithSentences(1, 1).orElse(1);
    }

    /** The reference under the cursor, as the learner would type it: {@code 15.2}. */
    String reference() {
        return paragraph + "." + sentence;
    }

    private record Row(int paragraph, boolean first, List<PassageBox.Segment> segments, boolean cursor) {}

    @Override
    public int draw(Canvas canvas, int row) {
        int col = canvas.text(2, row, "Selected: ", Style.DIM);
        col = canvas.text(col, row, "sentence " + reference(), Style.KEY);
        if (hasSentences()) {
            col = canvas.text(
                    col,
                    row,
                    "  (" + sentence + " of " + article.paragraph(paragraph).sentenceCount() + " in ¶ " + paragraph
                            + ")",
                    Style.DIM);
        }
        if (search != null) {
            canvas.text(col + 2, row, "/" + search, Style.INPUT);
        } else if (number.length() > 0) {
            canvas.text(col + 2, row, "go to ¶ " + number + " (Enter)", Style.INPUT);
        } else if (!status.isEmpty()) {
            canvas.text(col + 2, row, status, status.startsWith("match") ? Style.KEY : Style.WRONG);
        }
        int first = row + 1;
        int height = Math.max(1, canvas.height() - 1 - first);
        List<Row> rows = rows(canvas.width() - MARGIN - 1);
        scrollToCursor(rows, height);
        for (int i = 0; i < height && top + i < rows.size(); i++) {
            Row r = rows.get(top + i);
            if (r.first()) {
                canvas.text(
                        0,
                        first + i,
                        String.format("%3d ", r.paragraph()),
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
            Style[] styles = new Style[p.text().length()];
            if (found != null) {
                found.mark(p, styles, Style.MATCH);
            }
            if (here) {
                Passage cursor = Passage.sentence(p, sentence);
                PassageBox.mark(styles, cursor.span().start(), cursor.span().end(), Style.SELECTED);
            }
            boolean first = true;
            for (List<PassageBox.Segment> line : PassageBox.lines(p.text(), styles, width)) {
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
        if (start >= 0 && toTop) {
            int first = start;
            while (first > 0 && rows.get(first - 1).paragraph() == paragraph) {
                first--;
            }
            top = end - first < height ? first : start;
        } else if (start >= 0) {
            if (end >= top + height) {
                top = end - height + 1;
            }
            if (start < top) {
                top = start;
            }
        }
        toTop = false;
        top = Math.max(0, Math.min(top, rows.size() - height));
    }

    /** The article view scrolls itself to keep its cursor in sight. */
    @Override
    public int focusRow() {
        return -1;
    }

    @Override
    public boolean onKey(KeyStroke key) {
        status = found != null && found.found() ? found.status() : "";
        if (search != null) {
            return searching(key);
        }
        if (key.getKeyType() == KeyType.Backspace && number.length() > 0) {
            number.setLength(number.length() - 1);
            return true;
        }
        if (key.getKeyType() == KeyType.Character
                && !key.isCtrlDown()
                && !key.isAltDown()
                && onChar(key.getCharacter())) {
            return true;
        }
        number.setLength(0);
        switch (key.getKeyType()) {
            case ArrowDown -> {
                nextSentence();
                return true;
            }
            case ArrowUp -> {
                previousSentence();
                return true;
            }
            case PageDown -> {
                firstWithSentences(paragraph + 1, 1).ifPresent(p -> moveTo(p, 1));
                return true;
            }
            case PageUp -> {
                firstWithSentences(paragraph - 1, -1).ifPresent(p -> moveTo(p, 1));
                return true;
            }
            case Home -> {
                firstWithSentences(1, 1).ifPresent(p -> moveTo(p, 1));
                return true;
            }
            case End -> {
                firstWithSentences(article.paragraphCount(), -1)
                        .ifPresent(p -> moveTo(p, article.paragraph(p).sentenceCount()));
                return true;
            }
            case Character -> {
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
            }
            default -> {
                return false;
            }
        }
    }

    /** Digits, {@code /}, and {@code n} or {@code N} after a search; false for other characters. */
    private boolean onChar(char c) {
        if (c >= '0' && c <= '9' && number.length() < 6) {
            number.append(c);
            return true;
        }
        if (c == '/') {
            number.setLength(0);
            search = new StringBuilder();
            return true;
        }
        if ((c == 'n' || c == 'N') && found != null) {
            number.setLength(0);
            found.step(c == 'n' ? 1 : -1);
            toCurrentMatch();
            return true;
        }
        return false;
    }

    private boolean searching(KeyStroke key) {
        if (key.getKeyType() == KeyType.Backspace && search.length() > 0) {
            search.setLength(search.length() - 1);
        } else if (key.getKeyType() == KeyType.Character && !key.isCtrlDown()) {
            search.append(key.getCharacter());
        } else {
            return false;
        }
        return true;
    }

    /** The search typed, from the cursor's paragraph on: the cursor goes to the first match's sentence. */
    private void find() {
        String text = search.toString();
        search = null;
        found = text.isEmpty() ? null : ArticleSearch.of(article, text, paragraph);
        if (found != null && !found.found()) {
            status = found.status();
            found = null;
        } else if (found != null) {
            toCurrentMatch();
        }
    }

    private void toCurrentMatch() {
        ArticleSearch.Match m = found.current();
        Paragraph p = article.paragraph(m.paragraph());
        if (p.sentenceCount() > 0) {
            jumpTo(p.number(), p.sentenceAt(m.start()));
        }
        status = found.status();
    }

    private void jump() {
        int p = Integer.parseInt(number.toString());
        number.setLength(0);
        if (article.hasParagraph(p) && article.paragraph(p).sentenceCount() > 0) {
            jumpTo(p, 1);
        } else {
            status = "no paragraph " + p + " (1 to " + article.paragraphCount() + ")";
        }
    }

    /** Esc drops a search or a paragraph number being typed, and then the search's marks. */
    @Override
    public boolean cancel() {
        boolean busy = search != null || number.length() > 0 || found != null;
        if (search != null || number.length() > 0) {
            search = null;
            number.setLength(0);
        } else {
            found = null;
        }
        status = "";
        return busy;
    }

    @Override
    public boolean isTyping() {
        return search != null;
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
            firstWithSentences(paragraph - 1, -1)
                    .ifPresent(p -> moveTo(p, article.paragraph(p).sentenceCount()));
        }
    }

    private void moveTo(int p, int s) {
        paragraph = p;
        sentence = s;
    }

    /** Moves to a paragraph far off (a jump, a search): it comes to the top of the view, not the bottom. */
    private void jumpTo(int p, int s) {
        moveTo(p, s);
        toTop = true;
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

    /** The sentence under the cursor; but Enter after a search or a paragraph number goes there instead. */
    @Override
    public Optional<List<String>> submit() {
        if (search != null) {
            find();
            return Optional.empty();
        }
        if (number.length() > 0) {
            jump();
            return Optional.empty();
        }
        return Optional.of(List.of(hasSentences() ? reference() : ""));
    }

    @Override
    public String[] keys() {
        return new String[] {"↑↓", "sentence", "PgUp/Dn", "paragraph", "Enter", "choose", "/", "search"};
    }

    @Override
    public String[] moreKeys() {
        return new String[] {
            "j k",
            "next/previous sentence",
            "Home End",
            "first/last paragraph",
            "35 Enter",
            "go to ¶ 35",
            "n N",
            "next/previous match",
            "Esc",
            "ends a search first"
        };
    }
}
