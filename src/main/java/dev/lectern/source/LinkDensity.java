package dev.lectern.source;

import org.jsoup.nodes.Element;

/** The share of an element's text that is link text; in-page links ({@code #notes}) count for less, as in Readability. */
final class LinkDensity {
    private LinkDensity() {}

    static double of(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length() * (a.attr("href").startsWith("#") ? 0.3 : 1);
        }
        return links / length;
    }
}
