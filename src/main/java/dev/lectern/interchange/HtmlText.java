package dev.lectern.interchange;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Question text that a platform stored as HTML, as the plain text Lectern shows: tags removed, entities decoded,
 * white space collapsed. What cannot be shown as text (images, audio, video, embedded objects) is listed so the
 * importer can warn that it was dropped.
 */
public final class HtmlText {
    /** The text, and a short description of each element that was dropped ({@code image "map.png"}). */
    public record Plain(String text, List<String> dropped) {
        public Plain {
            dropped = List.copyOf(dropped);
        }
    }

    private HtmlText() {}

    public static Plain toPlain(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> dropped = new ArrayList<>();
        for (Element e : doc.body().select("img, audio, video, object, embed, iframe, svg")) {
            String name = e.hasAttr("src") ? " \"" + e.attr("src") + "\"" : "";
            dropped.add((e.tagName().equals("img") ? "image" : e.tagName()) + name);
            if (e.tagName().equals("img") && !e.attr("alt").isBlank()) {
                e.replaceWith(new org.jsoup.nodes.TextNode(e.attr("alt")));
            }
        }
        // A no-break space (&nbsp;) is an ordinary space to a reader and to answer matching.
        return new Plain(doc.body().text().replace('\u00a0', ' ').strip(), dropped);
    }
}
