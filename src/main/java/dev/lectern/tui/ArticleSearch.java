package dev.lectern.tui;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Every place a text occurs in an article, ignoring case, in reading order, and which of them is the current
 * one: what the reader and the evidence picker highlight and step through with {@code n} and {@code N}.
 */
final class ArticleSearch {
    /** Chars {@code [start, end)} of paragraph {@code paragraph}. */
    record Match(int paragraph, int start, int end) {}

    private final String text;
    private final List<Match> matches;
    private int current;

    private ArticleSearch(String text, List<Match> matches, int current) {
        this.text = text;
        this.matches = List.copyOf(matches);
        this.current = current;
    }

    /**
     * The places {@code text} occurs, the current one the first at or after paragraph {@code from} (wrapping
     * round). Case is compared char by char, so the places are those of the text as it is, whatever its script.
     */
    static ArticleSearch of(Article article, String text, int from) {
        List<Match> matches = new ArrayList<>();
        if (!text.isEmpty()) {
            for (Paragraph p : article.paragraphs()) {
                String t = p.text();
                for (int i = 0; i + text.length() <= t.length(); i++) {
                    if (t.regionMatches(true, i, text, 0, text.length())) {
                        matches.add(new Match(p.number(), i, i + text.length()));
                        i += text.length() - 1;
                    }
                }
            }
        }
        int current = 0;
        while (current < matches.size() && matches.get(current).paragraph() < from) {
            current++;
        }
        return new ArticleSearch(text, matches, current == matches.size() ? 0 : current);
    }

    String text() {
        return text;
    }

    boolean found() {
        return !matches.isEmpty();
    }

    Match current() {
        return matches.get(current);
    }

    /** Moves to the next match ({@code step} 1) or the previous one (−1), wrapping round. */
    void step(int step) {
        if (found()) {
            current = Math.floorMod(current + step, matches.size());
        }
    }

    /** The matches in paragraph {@code paragraph}. */
    List<Match> in(int paragraph) {
        return matches.stream().filter(m -> m.paragraph() == paragraph).toList();
    }

    /** Marks the matches of {@code p} in {@code styles}: the current one {@code currentStyle}, the others MATCH. */
    void mark(Paragraph p, Style[] styles, Style currentStyle) {
        for (Match m : in(p.number())) {
            PassageBox.mark(styles, m.start(), m.end(), m.equals(current()) ? currentStyle : Style.MATCH);
        }
    }

    /** "match 2 of 5", or "not found: zanzibar". */
    String status() {
        return found() ? "match " + (current + 1) + " of " + matches.size() : "Not found: " + text;
    }
}
