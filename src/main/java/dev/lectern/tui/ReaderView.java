package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The article with paragraph numbers in the margin: arrows, PgUp/PgDn, Home/End scroll; {@code /} searches;
 * passages of the current question are highlighted. Esc or q goes back.
 */
final class ReaderView implements View, TextEntry {
    private static final int MARGIN = 5;

    private final Article article;
    private final List<Passage> highlighted;
    private final View back;
    private int top;
    private int lastHeight = 20;
    private int lastWidth = 80;
    private StringBuilder search;
    private String lastSearch = "";
    private int found;
    private String status;

    private ReaderView(Article article, List<Passage> highlighted, View back, int top) {
        this.article = article;
        this.highlighted = List.copyOf(highlighted);
        this.back = back;
        this.top = top;
    }

    /** Opens the article scrolled to the first highlighted passage (or the start). */
    static ReaderView at(Article article, List<Passage> highlighted, View back) {
        ReaderView view = new ReaderView(article, highlighted, back, 0);
        view.pendingParagraph = highlighted.isEmpty() ? 0 : highlighted.get(0).paragraph();
        return view;
    }

    private int pendingParagraph;

    private record Row(int paragraph, boolean first, List<PassageBox.Segment> segments) {
    }

    private List<Row> rows(int width) {
        List<Row> rows = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            boolean first = true;
            for (List<PassageBox.Segment> line : PassageBox.lines(p, highlighted, width - MARGIN)) {
                rows.add(new Row(p.number(), first, line));
                first = false;
            }
            rows.add(new Row(p.number(), false, List.of()));
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
        top = Math.max(0, Math.min(top, rows.size() - height));
        canvas.text(0, 0, article.name() + " · " + article.paragraphCount() + " paragraphs", Style.TITLE);
        for (int i = 0; i < height && top + i < rows.size(); i++) {
            Row r = rows.get(top + i);
            if (r.first()) {
                canvas.text(0, 1 + i, String.format("%3d ", r.paragraph()), Style.DIM);
            }
            int col = MARGIN;
            for (PassageBox.Segment s : r.segments()) {
                col = canvas.text(col, 1 + i, s.text(), s.style());
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
        switch (key.getKeyType()) {
            case Escape:
                return back;
            case ArrowDown:
                top++;
                return this;
            case ArrowUp:
                top = Math.max(0, top - 1);
                return this;
            case PageDown:
                top += lastHeight - 1;
                return this;
            case PageUp:
                top = Math.max(0, top - lastHeight + 1);
                return this;
            case Home:
                top = 0;
                return this;
            case End:
                top = Integer.MAX_VALUE / 2;
                return this;
            case Character:
                return onChar(key.getCharacter());
            default:
                return this;
        }
    }

    private View onChar(char c) {
        if (c == 'q') {
            return back;
        }
        if (c == '/') {
            search = new StringBuilder();
        } else if (c == 'n' && !lastSearch.isEmpty()) {
            find(lastSearch, true);
        } else if (c == 'j') {
            top++;
        } else if (c == 'k') {
            top = Math.max(0, top - 1);
        }
        return this;
    }

    private View searching(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter) {
            lastSearch = search.toString();
            search = null;
            find(lastSearch, false);
        } else if (key.getKeyType() == KeyType.Escape) {
            search = null;
        } else if (key.getKeyType() == KeyType.Backspace && search.length() > 0) {
            search.setLength(search.length() - 1);
        } else if (key.getKeyType() == KeyType.Character) {
            search.append(key.getCharacter());
        }
        return this;
    }

    /**
     * Scrolls to the first paragraph containing {@code text}, ignoring case: for a new search from the paragraph
     * at the top of the view, for {@code n} from the one after the last match, wrapping round at the end.
     */
    private void find(String text, boolean after) {
        if (text.isEmpty()) {
            return;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        int count = article.paragraphCount();
        int start = after && found > 0 ? found + 1 : paragraphAtTop();
        for (int k = 0; k < count; k++) {
            int p = (start - 1 + k) % count + 1;
            if (article.paragraph(p).text().toLowerCase(Locale.ROOT).contains(needle)) {
                pendingParagraph = p;
                found = p;
                return;
            }
        }
        status = "Not found: " + text;
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
        return new String[] {"↑↓ PgUp PgDn", "scroll", "Home End", "start/end", "/", "search", "n", "next match",
            "Esc", "back"};
    }

    @Override
    public boolean isTyping() {
        return search != null;
    }
}
