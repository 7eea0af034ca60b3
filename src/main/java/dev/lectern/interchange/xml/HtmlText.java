package dev.lectern.interchange.xml;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML question text as the plain text Lectern shows: entities decoded, tags dropped, white space collapsed as a
 * browser would, {@code <br>} a line break and block elements ({@code <p>}, {@code <div>}, list items…)
 * separated by a blank line. Images keep their {@code alt} text in brackets, so a picture's meaning is not lost
 * silently.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "tr",
            "section",
            "article",
            "dl",
            "dt",
            "dd",
            "hr");

    private HtmlText() {}

    /** Plain text from an HTML fragment. */
    public static String toPlain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        Collector c = new Collector();
        NodeTraversor.traverse(c, body);
        return c.text();
    }

    /**
     * HTML for plain text: one {@code <p>} per paragraph (paragraphs separated by blank lines), line breaks as
     * {@code <br>}; jsoup escapes the text.
     */
    public static String fromPlain(List<String> paragraphs) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element root = shell.body();
        for (String paragraph : paragraphs) {
            for (String block : paragraph.split("\n\\s*\n", -1)) {
                if (block.isBlank()) {
                    continue;
                }
                Element p = root.appendElement("p");
                String[] lines = block.strip().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        p.appendElement("br");
                    }
                    p.appendText(lines[i]);
                }
            }
        }
        return root.html();
    }

    /** White space collapsed to single spaces within lines; line breaks kept, blank lines at most one. */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (l.isEmpty()) {
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                    out.append('\n');
                }
            } else {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString().strip();
    }

    private static final class Collector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    out.append("\n\n");
                } else if (tag.equals("img") && !e.attr("alt").isBlank()) {
                    out.append('[').append(e.attr("alt").strip()).append(']');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
            }
        }

        String text() {
            return collapse(out.toString());
        }
    }
}
