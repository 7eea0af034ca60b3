package dev.lectern.interchange.qti;

import dev.lectern.article.Article;
import dev.lectern.interchange.QuestionIds;
import dev.lectern.interchange.xml.GeneralFeedback;
import dev.lectern.interchange.xml.HtmlText;
import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One {@code assessmentItem}: its declarations, body, processing and feedback, and the Lectern question its
 * interaction makes (see {@link QtiKinds}).
 */
final class QtiItemReader {
    private static final Set<String> INTERACTIONS = Set.of(
            "choiceInteraction",
            "textEntryInteraction",
            "orderInteraction",
            "matchInteraction",
            "hottextInteraction",
            "extendedTextInteraction",
            "inlineChoiceInteraction",
            "gapMatchInteraction",
            "associateInteraction",
            "sliderInteraction",
            "uploadInteraction",
            "drawingInteraction",
            "hotspotInteraction",
            "graphicOrderInteraction",
            "graphicAssociateInteraction",
            "graphicGapMatchInteraction",
            "positionObjectInteraction",
            "selectPointInteraction",
            "mediaInteraction",
            "customInteraction",
            "endAttemptInteraction");

    private final String file;
    private final Element item;
    private final Optional<Article> article;
    private final List<Problem> problems;

    QtiItemReader(String file, Element item, Optional<Article> article, List<Problem> problems) {
        this.file = file;
        this.item = item;
        this.article = article;
        this.problems = problems;
    }

    String label() {
        return "item " + Quoted.of(item.getAttribute("identifier"));
    }

    void warn(Element at, String message) {
        problems.add(new Problem(file, XmlDocument.position(at), Severity.WARNING, label() + ": " + message));
    }

    void error(Element at, String message) {
        problems.add(new Problem(file, XmlDocument.position(at), Severity.ERROR, label() + ": " + message));
    }

    Element item() {
        return item;
    }

    Optional<Question> read(QuestionIds ids) {
        Optional<Element> body = XmlDocument.child(item, "itemBody");
        List<Element> interactions = body.map(b -> descendants(b, INTERACTIONS)).orElse(List.of());
        if (interactions.isEmpty()) {
            warn(item, "no interaction: nothing to answer; left out");
            return Optional.empty();
        }
        String kind = XmlDocument.localName(interactions.get(0));
        if (interactions.stream().anyMatch(i -> !XmlDocument.localName(i).equals(kind))) {
            warn(
                    item,
                    "the item mixes interactions (" + kind + " and others); Lectern asks one kind of question per"
                            + " item; left out");
            return Optional.empty();
        }
        String identifier = item.getAttribute("identifier");
        String name = identifier.startsWith("item-") ? identifier.substring(5) : item.getAttribute("title");
        String prompt = prompt(body.get(), interactions.get(0));
        String id = ids.next(Optional.of(name).filter(n -> !n.isBlank()), prompt);
        try {
            return new QtiKinds(this, id, prompt).read(kind, interactions);
        } catch (IllegalArgumentException e) {
            error(item, "cannot be imported: " + e.getMessage() + "; left out");
            return Optional.empty();
        }
    }

    /** The question's text: the interaction's {@code <prompt>}, else the body's text around it (not the article). */
    private String prompt(Element body, Element interaction) {
        Optional<Element> p = XmlDocument.child(interaction, "prompt");
        if (p.isPresent() && !text(p.get()).isBlank()) {
            return text(p.get());
        }
        StringBuilder sb = new StringBuilder();
        for (Element e : XmlDocument.children(body)) {
            String cls = e.getAttribute("class");
            if (cls.contains(QtiItemWriter.ARTICLE_CLASS)
                    || XmlDocument.localName(e).equals("infoControl")
                    || !descendants(e, INTERACTIONS).isEmpty()
                    || INTERACTIONS.contains(XmlDocument.localName(e))) {
                continue;
            }
            String t = text(e);
            if (!t.isBlank()) {
                sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
            }
        }
        return sb.toString();
    }

    QuestionHeader header(String id, String prompt) {
        double points = outcomeDefault("MAXSCORE")
                .flatMap(QtiItemReader::number)
                .or(() -> XmlDocument.children(item, "outcomeDeclaration").stream()
                        .filter(o -> o.getAttribute("identifier").equals("SCORE") && o.hasAttribute("normalMaximum"))
                        .findFirst()
                        .flatMap(o -> number(o.getAttribute("normalMaximum"))))
                .filter(p -> p > 0 && p <= 1000)
                .orElse(1.0);
        GeneralFeedback.Parts general =
                GeneralFeedback.parse(modalText("GENERAL").orElse(""), article);
        for (String lost : general.notFound()) {
            warn(item, "the evidence " + Quoted.of(lost) + " is not in the article; kept in the explanation");
        }
        Optional<String> hint = XmlDocument.child(item, "itemBody")
                .flatMap(b -> descendants(b, Set.of("infoControl")).stream().findFirst())
                .map(QtiItemReader::text)
                .filter(s -> !s.isBlank());
        return new QuestionHeader(id, prompt, general.evidence(), general.explain(), hint, points);
    }

    Optional<String> outcomeDefault(String id) {
        return XmlDocument.children(item, "outcomeDeclaration").stream()
                .filter(o -> o.getAttribute("identifier").equals(id))
                .findFirst()
                .flatMap(o -> XmlDocument.child(o, "defaultValue"))
                .flatMap(d -> XmlDocument.child(d, "value"))
                .map(v -> v.getTextContent().strip());
    }

    Optional<Element> response(String id) {
        return XmlDocument.children(item, "responseDeclaration").stream()
                .filter(r -> r.getAttribute("identifier").equals(id))
                .findFirst();
    }

    /** The {@code correctResponse} values of a response, in order. */
    List<String> correct(String id) {
        List<String> values = new ArrayList<>();
        response(id)
                .flatMap(r -> XmlDocument.child(r, "correctResponse"))
                .ifPresent(c -> XmlDocument.children(c, "value")
                        .forEach(v -> values.add(v.getTextContent().strip())));
        return values;
    }

    /** The mapping's entries, key to value, in order; empty when the response has no mapping. */
    Map<String, Double> mapping(String id) {
        Map<String, Double> map = new LinkedHashMap<>();
        response(id).flatMap(r -> XmlDocument.child(r, "mapping")).ifPresent(m -> {
            for (Element e : XmlDocument.children(m, "mapEntry")) {
                number(e.getAttribute("mappedValue")).ifPresent(v -> map.put(e.getAttribute("mapKey"), v));
            }
        });
        return map;
    }

    Optional<Element> mappingElement(String id) {
        return response(id).flatMap(r -> XmlDocument.child(r, "mapping"));
    }

    /** The text of the modal feedback {@code id}, paragraphs separated by blank lines. */
    Optional<String> modalText(String id) {
        return XmlDocument.children(item, "modalFeedback").stream()
                .filter(m -> m.getAttribute("identifier").equals(id))
                .findFirst()
                .map(QtiItemReader::text)
                .filter(s -> !s.isBlank());
    }

    Optional<Element> processing() {
        return XmlDocument.child(item, "responseProcessing");
    }

    boolean processingUses(String operator) {
        return processing()
                .map(p -> !descendants(p, Set.of(operator)).isEmpty()
                        || (p.getAttribute("template").endsWith("match_correct") && operator.equals("match")))
                .orElse(false);
    }

    static List<Element> descendants(Element root, Set<String> names) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (names.contains(XmlDocument.localName(e))) {
                found.add(e);
            }
        }
        return found;
    }

    /** An element's text: paragraphs (block children) separated by blank lines, {@code <br>} a line break. */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        return HtmlText.collapse(sb.toString());
    }

    private static void appendText(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue().replace('\n', ' '));
            } else if (c instanceof Element e) {
                String name = XmlDocument.localName(e);
                if (name.equals("br")) {
                    sb.append('\n');
                } else if (Set.of("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
                        .contains(name)) {
                    sb.append("\n\n");
                    appendText(e, sb);
                    sb.append("\n\n");
                } else {
                    appendText(e, sb);
                }
            }
        }
    }

    static Optional<Double> number(String s) {
        try {
            return Optional.of(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
