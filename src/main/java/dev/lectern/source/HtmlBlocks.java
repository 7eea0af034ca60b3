package dev.lectern.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of the main text's elements, as a browser shows them: every block that holds text directly (a
 * {@code p}, a list item, text loose in a {@code div}) becomes one paragraph, inline markup gone, a blank line
 * ({@code <br><br>}) splitting it; headings are not paragraphs. Inside the main text, containers that are mostly
 * links (tag lists, "read more" boxes), link-only lines, tables of data and advertisement labels are left out, as
 * Readability's conditional cleaning leaves them out.
 */
final class HtmlBlocks {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "hgroup");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final Pattern AD_LABEL = Pattern.compile(
            "(advert(isement|ising)?|ad|anzeige|werbung|publicité|publicidad|sponsored( content)?|reklama|loading…?"
                    + "|loading\\.\\.\\.|skip advertisement|continue reading( below)?|story continues below"
                    + "( advertisement)?)",
            Pattern.CASE_INSENSITIVE);

    private final Tally dropped;
    private final List<String> paragraphs = new ArrayList<>();

    private HtmlBlocks(Tally dropped) {
        this.dropped = dropped;
    }

    static List<String> of(List<Element> main, Tally dropped) {
        HtmlBlocks blocks = new HtmlBlocks(dropped);
        for (Element e : main) {
            blocks.block(e, true);
        }
        return blocks.paragraphs;
    }

    private void block(Element e, boolean top) {
        String tag = e.normalName();
        if (HEADINGS.contains(tag)) {
            dropped.add(Boilerplate.HEADING);
            return;
        }
        if (tag.equals("hr")) {
            return;
        }
        if (!hasBlockChild(e)) {
            paragraph(e);
            return;
        }
        if (LISTS.contains(tag) && LinkDensity.of(e) > 0.5) {
            dropped.add(Boilerplate.LINK_BLOCK);
            return;
        }
        if (tag.equals("table") && e.select("p").isEmpty()) {
            dropped.add(Boilerplate.TABLE);
            return;
        }
        if (!top && !LISTS.contains(tag) && linky(e)) {
            dropped.add(Boilerplate.LINK_BLOCK);
            return;
        }
        // Text loose between blocks ("<div>Lead text<p>…</p></div>") is a paragraph of its own.
        List<Node> run = new ArrayList<>();
        for (Node child : e.childNodes()) {
            if (child instanceof Element element && MainText.isBlock(element)) {
                inline(run);
                run.clear();
                block(element, false);
            } else {
                run.add(child);
            }
        }
        inline(run);
    }

    /** A container that is mostly links and short on commas: a tag list, a box of story links. */
    private static boolean linky(Element e) {
        if (e.text().split(",", -1).length > 10) {
            return false;
        }
        double links = LinkDensity.of(e);
        return MainText.classWeight(e) < 25 ? links > 0.35 : links > 0.5;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (MainText.isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private void paragraph(Element e) {
        if (e.normalName().equals("table")) {
            dropped.add(Boilerplate.TABLE);
            return;
        }
        List<Node> nodes = new ArrayList<>(e.childNodes());
        inline(nodes);
    }

    /** Inline content as one or more paragraphs (split at blank lines made of two {@code <br>}s). */
    private void inline(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        int linkChars = 0;
        for (Node n : nodes) {
            linkChars += append(n, text);
        }
        String whole = Whitespace.collapse(text.toString().replace('\n', ' '));
        if (whole.isEmpty()) {
            return;
        }
        if (AD_LABEL.matcher(whole).matches()) {
            dropped.add(Boilerplate.ADVERTISEMENT);
            return;
        }
        if (linkChars >= whole.replace(" ", "").length() * 0.9 && whole.length() <= 200 && !nodes.isEmpty()) {
            dropped.add(Boilerplate.RELATED_LINKS);
            return;
        }
        for (String part : text.toString().split("\n\\s*\n", -1)) {
            String p = Whitespace.collapse(part.replace('\n', ' '));
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
    }

    /** Appends the text of {@code node}, a line break for {@code <br>}; returns how many of its letters are links. */
    private static int append(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText().replace('\n', ' ').replace('\r', ' '));
            return 0;
        }
        if (!(node instanceof Element e)) {
            return 0;
        }

        String tag = e.normalName();
        if (tag.equals("br")) {
            text.append('\n');
            return 0;
        }
        int links = 0;
        boolean quote = tag.equals("q");
        if (quote) {
            text.append('“');
        }
        int start = text.length();
        for (Node child : e.childNodes()) {
            links += append(child, text);
        }
        if (quote) {
            text.append('”');
        }
        if (tag.equals("a") && !e.attr("href").startsWith("#")) {
            links = text.substring(start).replaceAll("\\s", "").length();
        }
        return links;
    }
}
