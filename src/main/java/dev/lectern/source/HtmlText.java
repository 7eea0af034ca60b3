package dev.lectern.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page to the paragraphs of its main text: parsed with jsoup (which decodes entities and finds the charset
 * from the byte-order mark, the {@code <meta charset>} or, for a fetched page, the server's header), stripped of
 * page furniture ({@link HtmlBoilerplate}), its main text found ({@link MainText}) and turned into paragraphs
 * ({@link HtmlBlocks}). Blocks of text left outside the main text are counted, so the account says they went.
 */
final class HtmlText {
    private HtmlText() {}

    static Document parse(byte[] bytes, String charset, String baseUri) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
    }

    /** True when the document has at least one element in its body: markup, not text that happens to be named .html. */
    static boolean hasMarkup(Document doc) {
        return (doc.body() != null && !doc.body().children().isEmpty())
                || (doc.head() != null && !doc.head().children().isEmpty());
    }

    static List<String> paragraphs(Document doc, Tally dropped) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        if (doc.head() != null) {
            dropped.add(
                    Boilerplate.SCRIPT_OR_STYLE,
                    doc.head().select("script, style").size());
        }
        HtmlBoilerplate.strip(body, dropped);
        List<Element> main = MainText.find(body);
        dropped.add(Boilerplate.OUTSIDE_MAIN_TEXT, outside(body, main));
        return HtmlBlocks.of(main, dropped);
    }

    /** Blocks with text of their own (a paragraph, a line of links) that are neither in the main text nor around it. */
    private static int outside(Element body, List<Element> main) {
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> inMain = Collections.newSetFromMap(new IdentityHashMap<>());
        inMain.addAll(main);
        for (Element m : main) {
            kept.add(m);
            kept.addAll(m.parents());
        }
        int n = 0;
        for (Element e : body.getAllElements()) {
            if (MainText.isBlock(e)
                    && !kept.contains(e)
                    && ownText(e)
                    && e.parents().stream().noneMatch(inMain::contains)) {
                n++;
            }
        }
        return n;
    }

    /** Whether text sits directly in {@code e}, or in inline elements directly in it. */
    private static boolean ownText(Element e) {
        for (Node child : e.childNodes()) {
            if ((child instanceof TextNode textNode && !textNode.isBlank())
                    || (child instanceof Element element
                            && !MainText.isBlock(element)
                            && !element.text().isBlank())) {
                return true;
            }
        }
        return false;
    }
}
