package dev.lectern.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element (or the run of sibling elements) holding a page's main text, the way reader modes do. A page
 * that marks its text ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}, {@code role=main}) is
 * taken at its word when the mark holds most of the prose. Otherwise each paragraph is scored as Mozilla Readability
 * scores it (one point, one per comma, one per hundred characters up to three), the score goes to its parent and,
 * halved, to its grandparent, and further up divided more; each container's score is weighed by its class and id
 * ("article-body" up, "sidebar" down) and scaled by how little of its text is links. The best container wins, with
 * those of its siblings that score near it or read like prose.
 */
@SuppressWarnings("ReferenceEquality") // jsoup nodes are one node when they are the same object (Node.equals)
final class MainText {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|banner|combx|comment|com-|contact|footer"
                    + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
                    + "|shopping|tags|widget",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SCORED = Set.of("p", "td", "pre");
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "details",
            "dialog",
            "dd",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "ul",
            "tr",
            "td",
            "th",
            "tbody",
            "thead",
            "tfoot");

    private MainText() {}

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** The elements holding the main text of {@code body}, in document order. */
    static List<Element> find(Element body) {
        int prose = Prose.chars(body);
        List<Element> marked = marked(body, prose);
        if (!marked.isEmpty()) {
            return marked;
        }
        return scored(body);
    }

    private static List<Element> marked(Element body, int prose) {
        if (prose == 0) {
            return List.of();
        }
        List<Element> bodies = outermost(body.select("[itemprop~=(?i)\\barticleBody\\b]"));
        if (sum(bodies) * 2 >= prose) {
            return bodies;
        }
        for (String mark : List.of("article", "main, [role=main]")) {
            Element best = null;
            for (Element e : body.select(mark)) {
                if (best == null || Prose.chars(e) > Prose.chars(best)) {
                    best = e;
                }
            }
            if (best != null && Prose.chars(best) * 2 >= prose) {
                return List.of(best);
            }
        }
        return List.of();
    }

    private static List<Element> outermost(List<Element> elements) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            if (out.stream().noneMatch(o -> e.parents().contains(o))) {
                out.add(e);
            }
        }
        return out;
    }

    private static int sum(List<Element> elements) {
        return elements.stream().mapToInt(Prose::chars).sum();
    }

    private static List<Element> scored(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element e : body.getAllElements()) {
            if (!SCORED.contains(e.normalName()) && !isTextDiv(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split("[,،，]", -1).length + Math.min(text.length() / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; level < 5 && ancestor != null && ancestor != body.parent(); level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                final Element a = ancestor;
                scores.merge(a, initial(a) + score / divider, (old, add) -> old + score / divider);
                ancestor = ancestor.parent();
            }
        }
        List<Element> ranked = new ArrayList<>(scores.keySet());
        for (Element e : ranked) {
            scores.put(e, scores.get(e) * (1 - LinkDensity.of(e)));
        }
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.isEmpty()) {
            return List.of(body);
        }
        Element top = commonAncestor(ranked.subList(0, Math.min(5, ranked.size())), scores, body);
        top = climb(top, scores, body);
        return withSiblings(top, scores);
    }

    /** A div or section with text of its own and no blocks inside: a paragraph by another name. */
    private static boolean isTextDiv(Element e) {
        if (!e.normalName().equals("div") && !e.normalName().equals("section")) {
            return false;
        }
        for (Element child : e.children()) {
            if (isBlock(child)) {
                return false;
            }
        }
        return e.textNodes().stream().anyMatch(t -> !t.isBlank())
                || !e.children().isEmpty();
    }

    private static double initial(Element e) {

        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    static int classWeight(Element e) {
        int weight = 0;
        for (String name : List.of(e.className(), e.id())) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /**
     * When three or more of the runners-up score nearly as well as the best (the steps of a how-to, each in its own
     * box), the nearest ancestor holding three of them holds the text.
     */
    private static Element commonAncestor(List<Element> top, Map<Element, Double> scores, Element body) {
        Element best = top.get(0);
        List<Element> close = new ArrayList<>();
        for (Element e : top.subList(1, top.size())) {
            if (scores.get(e) >= scores.get(best) * 0.75) {
                close.add(e);
            }
        }
        if (close.size() < 3) {
            return best;
        }
        for (Element a = best.parent(); a != null && a != body; a = a.parent()) {
            final Element ancestor = a;
            if (close.stream().filter(c -> c.parents().contains(ancestor)).count() >= 3) {
                return ancestor;
            }
        }
        return best;
    }

    /** Up the tree while a parent scores higher, and past parents that hold nothing else. */
    private static Element climb(Element top, Map<Element, Double> scores, Element body) {
        // The common ancestor of the runners-up can sit higher than any paragraph's score reaches (steps each five
        // boxes deep): it has no score, and holding them all already, it climbs no further.
        Double own = scores.get(top);
        double last = own == null ? Double.POSITIVE_INFINITY : own;
        double threshold = last / 3;
        for (Element p = top.parent(); own != null && p != null && p != body; p = p.parent()) {
            Double score = scores.get(p);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                top = p;
                break;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double bonus =
                    !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double links = LinkDensity.of(sibling);
                if ((text.length() > 80 && links < 0.25)
                        || (!text.isEmpty() && text.length() <= 80 && links == 0 && text.matches(".*\\.( .*|$)"))) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }
}
