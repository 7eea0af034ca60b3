package dev.lectern.interchange.qti;

import dev.lectern.article.SentenceRef;
import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.Letters;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.Tolerance;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Each QTI interaction as the Lectern kind it asks for; the scoring read back from the item's mapping and processing. */
final class QtiKinds {
    private static final Pattern SENTENCE = Pattern.compile("S(\\d{1,6})-(\\d{1,6})");
    private static final double EPS = 1e-6;

    private final QtiItemReader r;
    private final String id;
    private final String prompt;

    QtiKinds(QtiItemReader reader, String id, String prompt) {
        this.r = reader;
        this.id = id;
        this.prompt = prompt;
    }

    Optional<Question> read(String kind, List<Element> interactions) {
        Element first = interactions.get(0);
        return switch (kind) {
            case "choiceInteraction" -> choice(first);
            case "textEntryInteraction" -> interactions.size() == 1 ? typed(first) : cloze(interactions);
            case "orderInteraction" -> order(first);
            case "matchInteraction" -> match(first);
            case "hottextInteraction" -> evidence(first);
            default -> {
                r.warn(first, "Lectern has no question for a QTI " + kind + "; left out");
                yield Optional.empty();
            }
        };
    }

    private QuestionHeader header() {
        return header(prompt);
    }

    private QuestionHeader header(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("the item has no question text");
        }
        return r.header(id, text);
    }

    private String responseId(Element interaction) {
        return interaction.getAttribute("responseIdentifier");
    }

    /** identifier → text of each choice of an interaction, in order. */
    private static Map<String, String> options(Element parent, String name) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Element c : XmlDocument.children(parent, name)) {
            map.put(c.getAttribute("identifier"), QtiItemReader.text(c));
        }
        return map;
    }

    private Optional<Question> choice(Element ci) {
        Map<String, String> options = options(ci, "simpleChoice");
        String rid = responseId(ci);
        List<String> correct = r.correct(rid);
        QuestionHeader h = header();
        int max = ci.hasAttribute("maxChoices")
                ? Integer.parseInt(ci.getAttribute("maxChoices").strip())
                : 1;
        double penalty = r.mappingElement(rid)
                .flatMap(m -> QtiItemReader.number(m.getAttribute("defaultValue")))
                .map(d -> Math.min(1, Math.max(0, -d / h.points())))
                .orElse(0.0);
        if (correct.isEmpty()) {
            // No correctResponse: the choices that earn points in the mapping are the right ones.
            r.mapping(rid).forEach((k, v) -> {
                if (v > EPS) {
                    correct.add(k);
                }
            });
        }
        if (correct.isEmpty()) {
            r.error(ci, "no correct response and no choice that earns points; left out");
            return Optional.empty();
        }
        if (max == 1 && options.keySet().equals(Set.of("true", "false"))) {
            return Optional.of(new TrueFalseQuestion(
                    h, correct.get(0).equals("true"), r.modalText("true"), r.modalText("false"), penalty));
        }
        List<String> ids = new ArrayList<>(options.keySet());
        List<String> texts = new ArrayList<>(options.values());
        if (texts.size() > Letters.MAX) {
            r.error(ci, Letters.tooMany(max == 1 ? "choice" : "multi", texts.size(), "choices") + "; left out");
            return Optional.empty();
        }
        Map<String, String> feedback = new LinkedHashMap<>();
        options.forEach((k, text) -> r.modalText(k).ifPresent(f -> feedback.put(text, f)));
        if (max == 1) {
            return Optional.of(new ChoiceQuestion(h, texts, ids.indexOf(correct.get(0)), feedback, penalty));
        }
        Set<Integer> right = new LinkedHashSet<>();
        correct.forEach(c -> right.add(ids.indexOf(c)));
        right.remove(-1);
        MultiScoring scoring = r.processingUses("match")
                ? MultiScoring.ALL_OR_NOTHING
                : r.processingUses("sum") ? MultiScoring.PER_OPTION : MultiScoring.RIGHT_MINUS_WRONG;
        double multiPenalty = r.outcomeDefault("PENALTY")
                .flatMap(QtiItemReader::number)
                .map(p -> Math.min(1, p / h.points()))
                .orElse(0.0);
        return Optional.of(new MultiQuestion(h, texts, right, feedback, scoring, multiPenalty));
    }

    /** The answers that earn the full points in a text response's mapping, else its correct response. */
    private List<String> accepted(String rid, double full, Element at) {
        List<String> accepted = new ArrayList<>();
        r.mapping(rid).forEach((k, v) -> {
            if (v >= full - EPS) {
                accepted.add(k);
            } else if (v > EPS) {
                r.warn(
                        at,
                        Quoted.of(k) + " earns part of the points in QTI; Lectern gives all or nothing for a typed"
                                + " answer, so it is left out");
            }
        });
        if (accepted.isEmpty()) {
            accepted.addAll(r.correct(rid));
        }
        accepted.removeIf(String::isBlank);
        return accepted;
    }

    private boolean caseSensitive(String rid) {
        return r.mappingElement(rid)
                .map(m -> XmlDocument.children(m, "mapEntry").stream()
                        .anyMatch(e -> e.getAttribute("caseSensitive").equals("true")))
                .orElse(false);
    }

    private Optional<Question> typed(Element te) {
        String rid = responseId(te);
        String baseType = r.response(rid).map(d -> d.getAttribute("baseType")).orElse("string");
        QuestionHeader h = header();
        if (baseType.equals("float") || baseType.equals("integer")) {
            return number(te, rid, h);
        }
        List<String> accepted = accepted(rid, h.points(), te);
        if (accepted.isEmpty()) {
            r.error(te, "no accepted answer (no correct response, nothing in the mapping); left out");
            return Optional.empty();
        }
        boolean cs = caseSensitive(rid);
        List<WrongAnswer> wrong = new ArrayList<>();
        wrongTests().forEach((fid, value) -> r.modalText(fid).ifPresent(f -> wrong.add(new WrongAnswer(value, f))));
        return Optional.of(new ShortQuestion(
                h,
                accepted,
                Optional.empty(),
                new TextMatching(MatchPolicy.NORMALIZED, cs, 1.0),
                TextCredit.ALL_OR_NOTHING,
                wrong));
    }

    /** Feedback id → the value a wrong-answer condition compares the response with (Lectern's {@code wrong:}). */
    private Map<String, String> wrongTests() {
        Map<String, String> tests = new LinkedHashMap<>();
        r.processing().ifPresent(p -> {
            for (Element rc : XmlDocument.children(p, "responseCondition")) {
                Optional<Element> rif = XmlDocument.child(rc, "responseIf");
                if (rif.isEmpty()) {
                    continue;
                }
                Optional<String> feedbackId = Optional.empty();
                Optional<String> value = Optional.empty();
                for (Element b : QtiItemReader.descendants(rif.get(), Set.of("baseValue"))) {
                    String type = b.getAttribute("baseType");
                    if (type.equals("identifier") && b.getTextContent().strip().matches("W\\d+")) {
                        feedbackId = Optional.of(b.getTextContent().strip());
                    } else if (type.equals("string") || type.equals("float") || type.equals("integer")) {
                        value = Optional.of(b.getTextContent().strip());
                    }
                }
                if (feedbackId.isPresent() && value.isPresent()) {
                    tests.put(feedbackId.get(), value.get());
                }
            }
        });
        return tests;
    }

    private Optional<Question> number(Element te, String rid, QuestionHeader h) {
        List<BigDecimal> answers = new ArrayList<>();
        Tolerance tolerance = Tolerance.NONE;
        for (Element eq : r.processing()
                .map(p -> QtiItemReader.descendants(p, Set.of("equal")))
                .orElse(List.of())) {
            Optional<BigDecimal> value = XmlDocument.child(eq, "baseValue").flatMap(b -> decimal(b.getTextContent()));
            if (value.isEmpty() || !inScoring(eq)) {
                continue;
            }
            answers.add(value.get());
            String mode = eq.getAttribute("toleranceMode");
            String[] t = eq.getAttribute("tolerance").strip().split("\\s+", -1);
            if (!mode.equals("exact") && !t[0].isEmpty() && answers.size() == 1) {
                tolerance = new Tolerance(
                        decimal(t[0]).orElse(BigDecimal.ZERO).abs().stripTrailingZeros(), mode.equals("relative"));
            }
        }
        if (answers.isEmpty()) {
            r.correct(rid).forEach(c -> decimal(c).ifPresent(answers::add));
        }
        if (answers.isEmpty()) {
            r.error(te, "no numeric answer (no correct response, no comparison in the processing); left out");
            return Optional.empty();
        }
        List<WrongAnswer> wrong = new ArrayList<>();
        wrongTests().forEach((fid, value) -> r.modalText(fid).ifPresent(f -> wrong.add(new WrongAnswer(value, f))));
        Optional<String> unit = XmlDocument.child(r.item(), "itemBody")
                .flatMap(b -> QtiItemReader.descendants(b, Set.of("span")).stream()
                        .filter(s -> s.getAttribute("class").contains(QtiItemWriter.UNIT_CLASS))
                        .findFirst())
                .map(QtiItemReader::text)
                .filter(s -> !s.isBlank());
        return Optional.of(new NumberQuestion(h, answers, tolerance, unit, wrong));
    }

    /** Whether a comparison sits in a condition that sets the score (not one that only shows feedback). */
    private static boolean inScoring(Element eq) {
        for (Node n = eq.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (XmlDocument.localName(e).equals("responseIf")) {
                return XmlDocument.children(e, "setOutcomeValue").stream()
                        .anyMatch(s -> s.getAttribute("identifier").equals("SCORE"));
            }
        }
        return false;
    }

    private static Optional<BigDecimal> decimal(String s) {
        try {
            return Optional.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Question> cloze(List<Element> entries) {
        Node parent = entries.get(0).getParentNode();
        if (entries.stream().anyMatch(e -> e.getParentNode() != parent)) {
            r.warn(
                    entries.get(0),
                    "the text-entry blanks are in different paragraphs; Lectern's cloze text is one"
                            + " paragraph; left out");
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        StringBuilder seg = new StringBuilder();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && XmlDocument.localName(e).equals("textEntryInteraction")) {
                segments.add(seg.toString());
                seg.setLength(0);
            } else if (c instanceof Element e) {
                seg.append(QtiItemReader.text(e));
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                seg.append(c.getNodeValue());
            }
        }
        segments.add(seg.toString());
        QuestionHeader h = header(prompt.isBlank() ? "Fill in the blanks." : prompt);
        double each = h.points() / entries.size();
        List<ClozeQuestion.Blank> blanks = new ArrayList<>();
        boolean cs = false;
        for (Element te : entries) {
            String rid = responseId(te);
            List<String> accepted = accepted(rid, each, te);
            if (accepted.isEmpty()) {
                r.error(te, "the blank " + rid + " has no accepted answer; left out");
                return Optional.empty();
            }
            cs |= caseSensitive(rid);
            blanks.add(new ClozeQuestion.Blank(accepted));
        }
        return Optional.of(new ClozeQuestion(h, segments, blanks, new TextMatching(MatchPolicy.NORMALIZED, cs, 1.0)));
    }

    private Optional<Question> order(Element oi) {
        Map<String, String> options = options(oi, "simpleChoice");
        List<String> correct = r.correct(responseId(oi));
        if (correct.isEmpty() || !options.keySet().containsAll(correct) || correct.size() != options.size()) {
            r.error(oi, "the correct order does not list every item once; left out");
            return Optional.empty();
        }
        if (correct.size() > Letters.MAX) {
            r.error(oi, Letters.tooMany("order", correct.size(), "items") + "; left out");
            return Optional.empty();
        }
        OrderScoring scoring = r.processingUses("match") ? OrderScoring.ALL_OR_NOTHING : OrderScoring.PAIRS;
        return Optional.of(
                new OrderQuestion(header(), correct.stream().map(options::get).toList(), scoring));
    }

    private Optional<Question> match(Element mi) {
        List<Element> sets = XmlDocument.children(mi, "simpleMatchSet");
        if (sets.size() != 2) {
            r.error(mi, "a match interaction needs two sets of choices; left out");
            return Optional.empty();
        }
        Map<String, String> lefts = options(sets.get(0), "simpleAssociableChoice");
        Map<String, String> rights = options(sets.get(1), "simpleAssociableChoice");
        List<MatchQuestion.Pair> pairs = new ArrayList<>();
        for (String pair : r.correct(responseId(mi))) {
            String[] ends = pair.strip().split("\\s+", -1);
            if (ends.length == 2 && lefts.containsKey(ends[0]) && rights.containsKey(ends[1])) {
                pairs.add(new MatchQuestion.Pair(lefts.get(ends[0]), rights.get(ends[1])));
            }
        }
        if (pairs.size() < 2) {
            r.error(mi, "a match question needs at least two correct pairs; left out");
            return Optional.empty();
        }
        if (pairs.size() > Letters.MAX) {
            r.error(mi, Letters.tooMany("match", pairs.size(), "pairs") + "; left out");
            return Optional.empty();
        }
        if (pairs.size() < lefts.size() || rights.size() > pairs.size()) {
            r.warn(mi, "some choices have no correct partner; Lectern offers only the pairs, so they are left out");
        }
        return Optional.of(new MatchQuestion(header(), pairs));
    }

    private Optional<Question> evidence(Element hi) {
        String rid = responseId(hi);
        List<String> correct = r.correct(rid);
        QuestionHeader h = header();
        Optional<SentenceRef> answer = correct.isEmpty() ? Optional.empty() : sentence(correct.get(0));
        if (answer.isEmpty()) {
            r.warn(
                    hi,
                    "the hot-text choices are not Lectern's sentences of the article (S<paragraph>-<sentence>);"
                            + " left out");
            return Optional.empty();
        }
        List<SentenceRef> accept = new ArrayList<>();
        double near = 0;
        for (Map.Entry<String, Double> e : r.mapping(rid).entrySet()) {
            Optional<SentenceRef> ref = sentence(e.getKey());
            if (ref.isEmpty() || ref.get().equals(answer.get())) {
                continue;
            }
            if (e.getValue() >= h.points() - EPS) {
                accept.add(ref.get());
            } else if (e.getValue() > EPS
                    && ref.get().paragraph() == answer.get().paragraph()) {
                near = Math.max(near, e.getValue() / h.points());
            }
        }
        near = r.outcomeDefault("NEAR").flatMap(QtiItemReader::number).orElse(near);
        return Optional.of(new EvidenceQuestion(h, answer.get(), accept, Math.min(1, Math.max(0, near))));
    }

    private static Optional<SentenceRef> sentence(String identifier) {
        Matcher m = SENTENCE.matcher(identifier);
        if (!m.matches()) {
            return Optional.empty();
        }
        int p = Integer.parseInt(m.group(1));
        int s = Integer.parseInt(m.group(2));
        return p >= 1 && s >= 1 ? Optional.of(new SentenceRef(p, s)) : Optional.empty();
    }
}
