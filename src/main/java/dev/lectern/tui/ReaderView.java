package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.model.QuestionSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The article with paragraph numbers in the margin, under the title of the set it is read for: arrows,
 * PgUp/PgDn, Home/End scroll; {@code /} searches, highlighting every match and saying which of how many is the
 * current one ("match 2 of 5"), {@code n} and {@code N} go to the next and previous; passages of the current
 * question are highlighted. Esc or q goes back.
 */
final class ReaderView implements View, TextEntry {
    private static final int MARGIN = 5;

    private final String title;
    private final Article article;
    private final List<Passage> highlighted;
    private final View back;
    private int top;
    private int lastHeight = 20;
    private int lastWidth = 80;
    private StringBuilder search;
    private ArticleSearch found;
    private boolean toMatch;
    private String status;

    private ReaderView(String title, Article article, List<Passage> highlighted, View back, int top) {
        this.title = title;
        this.article = article;
        this.highlighted = List.copyOf(highlighted);
        this.back = back;
        this.top = top;
    }

    /** Opens the article of {@code set}, titled with the set's title, at the first highlighted passage. */
    static ReaderView at(QuestionSet set, List<Passage> highlighted, View back) {
        return at(set.title(), set.article(), highlighted, back);
    }

    /** Opens {@code article} under {@code title}, scrolled to the first highlighted passage (or the start). */
    static ReaderView at(String title, Article article, List<Passage> highlighted, View back) {
        ReaderView view = new ReaderView(title, article, highlighted, back, 0);
        view.pendingParagraph = highlighted.isEmpty() ? 0 : highlighted.get(0).paragraph();
        return view;
    }

    private int pendingParagraph;

    /** One screen row: a line of paragraph {@code paragraph}, from char {@code start}, or the gap after it. */
    private record Row(int paragraph, boolean first, int start, int end, List<PassageBox.Segment> segments) {}

    private List<Row> rows(int width) {
        List<Row> rows = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            Style[] styles = new Style[p.text().length()];
            for (Passage h : highlighted) {
                if (h.paragraph() == p.number()) {
                    PassageBox.mark(styles, h.span().start(), h.span().end(), Style.HIGHLIGHT);
                }
            }
            if (found != null) {
                found.mark(p, styles, Style.SELECTED);
            }
            List<Lines.Range> ranges = Lines.wrap(p.text(), width - MARGIN);
            List<List<PassageBox.Segment>> lines = PassageBox.lines(p.text(), styles, width - MARGIN);
            for (int i = 0; i < lines.size(); i++) {
                rows.add(new Row(
                        p.number(), i == 0, ranges.get(i).start(), ranges.get(i).end(), lines.get(i)));
            }
            rows.add(new Row(p.number(), false, -1, -1, List.of()));
        }
        return rows;
    }

    @Override
    public void draw(Canvas canvas) {
        List<Row> rows = rows(canvas.width());
        int height = canvas.height() - 2;
        lastHeight = height;
        lastWidth = canvas.width();
        if (pendingParagraph > 0) {
            top = indexOf(rows, pendingParagraph);
            pendingParagraph = 0;
        }
        if (toMatch) {
            showCurrentMatch(rows, height);
            toMatch = false;
        }
        top = Math.max(0, Math.min(top, rows.size() - height));
        String where = found != null && found.found() ? found.status() : "";
        String count = " · " + article.paragraphCount() + " paragraphs";
        int end = canvas.width() - (where.isEmpty() ? 0 : Lines.width(where) + 2) - Lines.width(count);
        int col = canvas.clipped(0, 0, title, Style.TITLE, Math.max(1, end));
        canvas.text(col, 0, count, Style.DIM);
        if (!where.isEmpty()) {
            canvas.text(canvas.width() - Lines.width(where), 0, where, Style.KEY);
        }
        for (int i = 0; i < height && top + i < rows.size(); i++) {
            Row r = rows.get(top + i);
            if (r.first()) {
                canvas.text(0, 1 + i, String.format("%3d ", r.paragraph()), Style.DIM);
            }
            int c = MARGIN;
            for (PassageBox.Segment s : r.segments()) {
                c = canvas.text(c, 1 + i, s.text(), s.style());
            }
        }
        if (search != null) {
            canvas.text(0, canvas.height() - 1, "/" + search, Style.INPUT);
        } else if (status != null) {
            canvas.text(0, canvas.height() - 1, status, Style.WRONG);
        } else {
            canvas.footer(keys());
        }
    }

    /**
     * Scrolls, if it is not in sight, to the current match: its paragraph from the top when the match fits on
     * the screen with it, else the match's line at the top.
     */
    private void showCurrentMatch(List<Row> rows, int height) {
        ArticleSearch.Match m = found.current();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.paragraph() == m.paragraph()
                    && r.start() <= m.start()
                    && m.start() < Math.max(r.end(), r.start() + 1)) {
                if (i < top || i >= top + height) {
                    int paragraphTop = indexOf(rows, m.paragraph());
                    top = i - paragraphTop < height ? paragraphTop : i;
                }
                return;
            }
        }
    }

    private static int indexOf(List<Row> rows, int paragraph) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).paragraph() == paragraph) {
                return Math.max(0, i - 1);
            }
        }
        return 0;
    }

    @Override
    public View onKey(KeyStroke key) {
        status = null;
        if (search != null) {
            return searching(key);
        }
        return switch (key.getKeyType()) {
            case Escape -> back;
            case ArrowDown -> {
                top++;
                yield this;
            }
            case ArrowUp -> {
                top = Math.max(0, top - 1);
                yield this;
            }
            case PageDown -> {
                top += lastHeight - 1;
                yield this;
            }
            case PageUp -> {
                top = Math.max(0, top - lastHeight + 1);
                yield this;
            }
            case Home -> {
                top = 0;
                yield this;
            }
            case End -> {
                top = Integer.MAX_VALUE / 2;
                yield this;
            }
            case Character -> onChar(key.getCharacter());
            default -> this;
        };
    }

    private View onChar(char c) {
        if (c == 'q') {
            return back;
        }
        if (c == '/') {
            search = new StringBuilder();
        } else if ((c == 'n' || c == 'N') && found != null) {
            found.step(c == 'n' ? 1 : -1);
            toMatch = true;
        } else if (c == 'j') {
            top++;
        } else if (c == 'k') {
            top = Math.max(0, top - 1);
        }
        return this;
    }

    private View searching(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter) {
            String text = search.toString();
            search = null;
            find(text);
        } else if (key.getKeyType() == KeyType.Escape) {
            search = null;
        } else if (key.getKeyType() == KeyType.Backspace && search.length() > 0) {
            search.setLength(search.length() - 1);
        } else if (key.getKeyType() == KeyType.Character) {
            search.append(key.getCharacter());
        }
        return this;
    }

    /** A new search from the paragraph at the top of the view; not found, it says so and nothing is marked. */
    private void find(String text) {
        if (text.isEmpty()) {
            found = null;
            return;
        }
        found = ArticleSearch.of(article, text, paragraphAtTop());
        if (found.found()) {
            toMatch = true;
        } else {
            status = found.status();
            found = null;
        }
    }

    /** The paragraph shown at the top of the view (the next one when the top row is the gap after a paragraph). */
    private int paragraphAtTop() {
        List<Row> rows = rows(lastWidth);
        if (rows.isEmpty()) {
            return 1;
        }
        Row row = rows.get(Math.max(0, Math.min(top, rows.size() - 1)));
        int p = row.segments().isEmpty() ? row.paragraph() + 1 : row.paragraph();
        return Math.max(1, Math.min(p, article.paragraphCount()));
    }

    @Override
    public String[] keys() {
        return new String[] {
            "↑↓ PgUp PgDn",
            "scroll",
            "Home End",
            "start/end",
            "/",
            "search",
            "n N",
            "next/previous match",
            "Esc",
            "back"
        };
    }

    @Override
    public boolean isTyping() {
        return search != null;
    }
}
