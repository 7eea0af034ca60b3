package dev.lectern.source;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** How much running prose the page has: paragraphs of some length that are not mostly links. */
final class Prose {
    private static final int PARAGRAPH_CHARS = 80;
    private final int total;

    private Prose(int total) {
        this.total = total;
    }

    static Prose of(Element body) {
        return new Prose(chars(body));
    }

    /**
     * The characters of prose in {@code e}: paragraphs of some length that are not mostly links, and text of that
     * length set straight into a block (a blog post's {@code <div>} with {@code <br>}s between its paragraphs).
     */
    static int chars(Element e) {
        int n = 0;
        Elements blocks = e.getAllElements();
        for (Element b : blocks) {
            if (b.normalName().equals("p")) {
                String text = b.text();
                if (text.length() >= PARAGRAPH_CHARS && LinkDensity.of(b) < 0.25) {
                    n += text.length();
                }
            } else if (MainText.isBlock(b)) {
                int own = b.ownText().length();
                if (own >= PARAGRAPH_CHARS) {
                    n += own;
                }
            }
        }
        return n;
    }

    /** A wrapper around at least two fifths of the page's prose: never removed by its name. */
    boolean holdsMuchOf(Element e) {
        int inside = chars(e);
        return inside >= 400 && inside * 5 >= total * 2;
    }

    static boolean hasText(Element e) {
        return !e.text().isBlank();
    }
}
