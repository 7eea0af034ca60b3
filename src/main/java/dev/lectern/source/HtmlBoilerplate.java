package dev.lectern.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what a reader mode never shows, before the main text is looked for: scripts and styles, hidden elements,
 * and page furniture known by its element ({@code nav}, {@code header}, {@code footer}, {@code aside},
 * {@code figure}), its ARIA role, or the words in its class and id ("cookie-banner", "share-bar", "related-stories"),
 * as Mozilla Readability's "unlikely candidates" do. An element that holds much of the page's prose (a wrapper whose
 * class happens to say "comments-enabled") is never removed by its name alone.
 */
final class HtmlBoilerplate {
    private static final String SCRIPTS = "script, style, noscript, template";
    private static final String SILENT = "link, meta, svg, canvas, iframe, object, embed, video, audio, picture, img,"
            + " source, map, button, input, select, textarea, [hidden], [aria-hidden=true], .sr-only,"
            + " .visually-hidden, .screen-reader-text, .mw-editsection, .mw-jump-link, .noprint, .shortdescription";
    private static final String CITATIONS = "sup.reference, sup.noprint, sup.Inline-Template, span.mw-cite-backlink";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /** Names that mark furniture whatever else the class says, strongest first. */
    private static final List<Rule> STRONG = List.of(
            new Rule(
                    Boilerplate.COOKIE_BANNER,
                    "cookie|consent|gdpr|onetrust|didomi|truste|qc-cmp|cmp-|cmpbox"
                            + "|sp_message|privacy-banner|privacy-notice"),
            new Rule(
                    Boilerplate.ADVERTISEMENT,
                    "(^|[^a-z])(ad|ads|adv|adslot|adunit|ad-slot|ad-unit|dfp|gpt|mpu"
                            + "|leaderboard|sponsored|sponsor|promoted|promo|commercial)([^a-z]|$)|advert|adsbygoogle"
                            + "|doubleclick|outbrain|taboola|ad-container|ad-wrapper|banner-ad"),
            new Rule(Boilerplate.SHARE_BUTTONS, "share|sharing|social|sharedaddy|addthis|follow-us"),
            new Rule(Boilerplate.NEWSLETTER, "newsletter|subscri|signup|sign-up|paywall|regwall"),
            new Rule(
                    Boilerplate.RELATED_LINKS,
                    "related|recommend|more-from|more-stories|morestories|also-read"
                            + "|read-more|readmore|read-next|trending|most-popular|popular|most-read|mostread"
                            + "|further-reading|you-may|next-article|up-next|more-on"),
            new Rule(
                    Boilerplate.REFERENCES,
                    "reflist|references|mw-references|refbegin|hatnote|ambox|mbox-"
                            + "|sistersitebox|metadata|authority-control"));
    /** Names that usually mark furniture, unless the class also says it is the content ("article-body"). */
    private static final List<Rule> WEAK = List.of(
            new Rule(Boilerplate.COMMENTS, "comment|disqus|replies|respond"),
            new Rule(
                    Boilerplate.NAVIGATION,
                    "breadcrumb|menu|navbar|(^|[^a-z])nav([^a-z]|$)|navigation|navbox"
                            + "|pagination|pager|skip-link|skiplink|toolbar|(^|[^a-z])toc([^a-z]|$)|catlinks"),
            new Rule(Boilerplate.HEADER, "masthead|header|topbar|top-bar"),
            new Rule(Boilerplate.FOOTER, "footer|colophon|copyright|printfooter"),
            new Rule(Boilerplate.BYLINE, "byline|author|dateline|timestamp|publish-date|posted-on|contributor"),
            new Rule(Boilerplate.SIDEBAR, "sidebar|side-bar|widget|(^|[^a-z])rail([^a-z]|$)"),
            new Rule(Boilerplate.FIGURE_CAPTION, "caption|photo-credit|image-credit|wp-caption|(^|[^a-z])figure"),
            new Rule(Boilerplate.TABLE, "infobox"));

    private static final Pattern CONTENT =
            Pattern.compile("article|body|content|main|column|story|entry|post-text", Pattern.CASE_INSENSITIVE);
    private static final Set<String> KEEP = Set.of("html", "body", "main", "article");

    private record Rule(Boilerplate what, Pattern names) {
        Rule(Boilerplate what, String names) {
            this(what, Pattern.compile(names, Pattern.CASE_INSENSITIVE));
        }
    }

    private final Tally dropped;
    private final Prose prose;

    private HtmlBoilerplate(Tally dropped, Prose prose) {
        this.dropped = dropped;
        this.prose = prose;
    }

    /** Removes the furniture from {@code body}, counting what went into {@code dropped}. */
    static void strip(Element body, Tally dropped) {
        for (Element e : body.select(SCRIPTS)) {
            dropped.add(Boilerplate.SCRIPT_OR_STYLE);
            e.remove();
        }
        body.select(CITATIONS).forEach(e -> {
            dropped.add(Boilerplate.CITATION_MARKS);
            e.remove();
        });
        body.select(SILENT).forEach(Element::remove);
        body.select("[style]").stream()
                .filter(e -> HIDDEN_STYLE.matcher(e.attr("style")).find())
                .forEach(Element::remove);
        new HtmlBoilerplate(dropped, Prose.of(body)).visit(body);
    }

    private void visit(Element element) {
        for (Element child : new ArrayList<>(element.children())) {
            Optional<Boilerplate> what = classify(child);
            if (what.isPresent() && !prose.holdsMuchOf(child)) {
                if (Prose.hasText(child) || what.get() == Boilerplate.ADVERTISEMENT) {
                    dropped.add(what.get());
                }
                child.remove();
            } else {
                visit(child);
            }
        }
    }

    static Optional<Boilerplate> classify(Element e) {
        String tag = e.normalName();
        if (KEEP.contains(tag)) {
            return Optional.empty();
        }
        String names =
                (label(e.id()) + " " + e.className()).toLowerCase(Locale.ROOT).strip();
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        for (Rule rule : STRONG) {
            if (!names.isEmpty() && rule.names().matcher(names).find()) {
                return Optional.of(rule.what());
            }
        }
        Optional<Boilerplate> byTag = byTagOrRole(tag, role, e);
        if (byTag.isPresent()) {
            return byTag;
        }
        if (names.isEmpty()
                || CONTENT.matcher(names).find()
                || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            return Optional.empty();
        }
        for (Rule rule : WEAK) {
            if (rule.names().matcher(names).find()) {
                return Optional.of(rule.what());
            }
        }
        return Optional.empty();
    }

    /**
     * An id as a label ("comments", "cookie-banner"), not one made from a heading's words
     * ("sharing-with-a-single-developer", as documentation generators make them), which says nothing of the role.
     */
    private static String label(String id) {
        return id.split("[-_\\s]+").length > 3 ? "" : id;
    }

    private static Optional<Boilerplate> byTagOrRole(String tag, String role, Element e) {
        if (tag.equals("nav")
                || Set.of("navigation", "menu", "menubar", "tablist").contains(role)) {
            return Optional.of(Boilerplate.NAVIGATION);
        }
        if (tag.equals("header") || role.equals("banner")) {
            return Optional.of(Boilerplate.HEADER);
        }
        if (tag.equals("footer") || role.equals("contentinfo")) {
            return Optional.of(Boilerplate.FOOTER);
        }
        if (tag.equals("aside") || role.equals("complementary")) {
            return Optional.of(Boilerplate.SIDEBAR);
        }
        if (tag.equals("figure") || tag.equals("figcaption")) {
            return Optional.of(Boilerplate.FIGURE_CAPTION);
        }
        if (tag.equals("form") || role.equals("search")) {
            return Optional.of(Boilerplate.FORM);
        }
        if (tag.equals("dialog") || Set.of("dialog", "alertdialog", "alert").contains(role)) {
            return Optional.of(
                    e.text().toLowerCase(Locale.ROOT).contains("cookie")
                            ? Boilerplate.COOKIE_BANNER
                            : Boilerplate.NEWSLETTER);
        }
        return Optional.empty();
    }
}
