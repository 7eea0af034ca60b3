package dev.lectern.interchange.qti;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.SentenceRef;
import dev.lectern.article.Span;
import dev.lectern.interchange.ExportNote;
import dev.lectern.interchange.xml.GeneralFeedback;
import dev.lectern.interchange.xml.XmlOutput;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * One question as a QTI 2.1 {@code assessmentItem}: the article as the stimulus, the interaction for its kind,
 * response processing that scores it as Lectern does where QTI can say so, the explanation and evidence (and
 * each answer's feedback) as {@code modalFeedback}, the hint behind an {@code infoControl}.
 */
final class QtiItemWriter implements Question.Visitor<byte[]> {
    static final String GENERAL = "GENERAL";
    static final String ARTICLE_CLASS = "lectern-article";
    static final String PROMPT_CLASS = "lectern-prompt";
    static final String UNIT_CLASS = "lectern-unit";

    private final Article article;
    private final List<ExportNote> notes;
    private XmlOutput out;
    private Rp rp;
    private Element item;
    private Element body;
    private Element processing;
    private final List<Element> feedback = new ArrayList<>();
    private final List<Element> afterScore = new ArrayList<>();
    private Question question;

    QtiItemWriter(Article article, List<ExportNote> notes) {
        this.article = article;
        this.notes = notes;
    }

    static String itemId(Question q) {
        return "item-" + q.id();
    }

    private void note(String message) {
        notes.add(new ExportNote(question.id(), ExportNote.Effect.CHANGED, message));
    }

    private void start(Question q, boolean stimulus) {
        question = q;
        out = XmlOutput.create();
        rp = new Rp(out);
        feedback.clear();
        afterScore.clear();
        item = rp.el("assessmentItem");
        out.document().appendChild(item);
        item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        item.setAttributeNS(
                "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation",
                Rp.NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        item.setAttribute("identifier", itemId(q));
        item.setAttribute("title", q.id());
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        item.setAttribute("toolName", "Lectern");
        body = rp.el("itemBody");
        processing = rp.el("responseProcessing");
        if (stimulus) {
            Element div = rp.add(body, "div");
            div.setAttribute("class", ARTICLE_CLASS);
            for (Paragraph p : article.paragraphs()) {
                rp.add(div, "p", p.text());
            }
        }
    }

    /** Declarations first, then the body, the processing and the feedback, as the XSD orders them. */
    private byte[] finish(List<Element> responses, Element... extraOutcomes) {
        for (Element r : responses) {
            item.appendChild(r);
        }
        Element score = rp.outcome("SCORE", "single", "float", "0");
        score.setAttribute("normalMaximum", Rp.plain(question.points()));
        item.appendChild(score);
        item.appendChild(rp.outcome("MAXSCORE", "single", "float", Rp.plain(question.points())));
        item.appendChild(rp.outcome("FEEDBACK", "multiple", "identifier", null));
        for (Element e : extraOutcomes) {
            item.appendChild(e);
        }
        question.header().hint().ifPresent(h -> {
            Element info = rp.add(body, "infoControl");
            info.setAttribute("title", "Hint");
            info.appendChild(out.document().createTextNode(h));
        });
        item.appendChild(body);
        List<String> general = GeneralFeedback.paragraphs(question.header().explain(), question.evidence(), article);
        Element fb = rp.set("FEEDBACK", rp.op("multiple", rp.base("identifier", GENERAL)));
        processing.insertBefore(fb, processing.getFirstChild());
        for (Element e : afterScore) {
            processing.appendChild(e);
        }
        item.appendChild(processing);
        if (!general.isEmpty()) {
            Element m = modal(GENERAL);
            general.forEach(p -> rp.add(m, "p", p));
        }
        for (Element m : feedback) {
            item.appendChild(m);
        }
        return out.bytes();
    }

    private Element modal(String id) {
        Element m = rp.el("modalFeedback");
        m.setAttribute("outcomeIdentifier", "FEEDBACK");
        m.setAttribute("identifier", id);
        m.setAttribute("showHide", "show");
        feedback.add(m);
        return m;
    }

    /** Adds {@code id} to the FEEDBACK outcome, so its modal feedback shows. */
    private Element showFeedback(Element idValue) {
        return rp.set("FEEDBACK", rp.op("multiple", rp.variable("FEEDBACK"), idValue));
    }

    private Element prompt(Element interaction) {
        return rp.add(interaction, "prompt", question.prompt());
    }

    private Element response(String id, String cardinality, String baseType, List<String> correct) {
        Element d = rp.declaration("responseDeclaration", id, cardinality, baseType);
        if (!correct.isEmpty()) {
            Element c = rp.add(d, "correctResponse");
            correct.forEach(v -> rp.add(c, "value", v));
        }
        return d;
    }

    private Element mapping(Element declaration, double defaultValue) {
        Element m = rp.add(declaration, "mapping");
        m.setAttribute("defaultValue", Rp.plain(defaultValue));
        return m;
    }

    private void entry(Element mapping, String key, double value, Boolean caseSensitive) {
        Element e = rp.add(mapping, "mapEntry");
        e.setAttribute("mapKey", key);
        e.setAttribute("mappedValue", Rp.plain(value));
        if (caseSensitive != null) {
            e.setAttribute("caseSensitive", caseSensitive.toString());
        }
    }

    /** SCORE = value when the response is given, else 0: an unanswered question never costs a penalty. */
    private void scoreUnlessNull(String response, Element value) {
        processing.appendChild(rp.condition(
                rp.op("isNull", rp.variable(response)), Rp.of(rp.set("SCORE", rp.number(0))), rp.set("SCORE", value)));
    }

    private Element choices(List<String> choices, Map<String, String> fb, int maxChoices) {
        Element ci = rp.add(body, "choiceInteraction");
        ci.setAttribute("responseIdentifier", "RESPONSE");
        ci.setAttribute("shuffle", "false");
        ci.setAttribute("maxChoices", String.valueOf(maxChoices));
        prompt(ci);
        for (int i = 0; i < choices.size(); i++) {
            Element sc = rp.add(ci, "simpleChoice", choices.get(i));
            sc.setAttribute("identifier", "C" + (i + 1));
            String f = fb.get(choices.get(i));
            if (f != null && !f.isBlank()) {
                rp.add(modal("C" + (i + 1)), "p", f);
            }
        }
        if (!fb.isEmpty()) {
            afterScore.add(showFeedback(rp.variable("RESPONSE")));
        }
        return ci;
    }

    @Override
    public byte[] choice(ChoiceQuestion q) {
        start(q, true);
        choices(q.choices(), q.feedback(), 1);
        Element r = response("RESPONSE", "single", "identifier", List.of("C" + (q.answer() + 1)));
        Element m = mapping(r, -q.penalty() * q.points());
        entry(m, "C" + (q.answer() + 1), q.points(), null);
        scoreUnlessNull("RESPONSE", rp.mapResponse("RESPONSE"));
        return finish(List.of(r));
    }

    @Override
    public byte[] trueFalse(TrueFalseQuestion q) {
        start(q, true);
        Element ci = rp.add(body, "choiceInteraction");
        ci.setAttribute("responseIdentifier", "RESPONSE");
        ci.setAttribute("shuffle", "false");
        ci.setAttribute("maxChoices", "1");
        prompt(ci);
        rp.add(ci, "simpleChoice", "True").setAttribute("identifier", "true");
        rp.add(ci, "simpleChoice", "False").setAttribute("identifier", "false");
        q.feedbackIfTrue().ifPresent(f -> rp.add(modal("true"), "p", f));
        q.feedbackIfFalse().ifPresent(f -> rp.add(modal("false"), "p", f));
        if (q.feedbackIfTrue().isPresent() || q.feedbackIfFalse().isPresent()) {
            afterScore.add(showFeedback(rp.variable("RESPONSE")));
        }
        Element r = response("RESPONSE", "single", "identifier", List.of(String.valueOf(q.answer())));
        Element m = mapping(r, -q.penalty() * q.points());
        entry(m, String.valueOf(q.answer()), q.points(), null);
        scoreUnlessNull("RESPONSE", rp.mapResponse("RESPONSE"));
        return finish(List.of(r));
    }

    @Override
    public byte[] multi(MultiQuestion q) {
        start(q, true);
        choices(q.choices(), q.feedback(), 0);
        List<String> correct = q.answers().stream().map(i -> "C" + (i + 1)).toList();
        Element r = response("RESPONSE", "multiple", "identifier", correct);
        int n = q.choices().size();
        int k = q.answers().size();
        double p = q.points();
        Element value;
        if (q.scoring() == MultiScoring.ALL_OR_NOTHING) {
            value = null;
            processing.appendChild(rp.condition(
                    rp.op("match", rp.variable("RESPONSE"), correctOf("RESPONSE")),
                    Rp.of(rp.set("SCORE", rp.number(p))),
                    rp.set("SCORE", rp.number(0))));
        } else {
            boolean perOption = q.scoring() == MultiScoring.PER_OPTION;
            double each = perOption ? p / n : p / k;
            Element m = mapping(r, 0);
            if (!perOption) {
                m.setAttribute("lowerBound", "0");
            }
            for (int i = 0; i < n; i++) {
                entry(m, "C" + (i + 1), q.answers().contains(i) ? each : -each, null);
            }
            value = perOption
                    ? rp.op("sum", rp.mapResponse("RESPONSE"), rp.number(p * (n - k) / n))
                    : rp.mapResponse("RESPONSE");
            scoreUnlessNull("RESPONSE", value);
        }
        List<Element> extra = new ArrayList<>();
        if (q.penalty() > 0) {
            // Lectern: a multi answer loses its penalty when its share of the points comes to zero.
            extra.add(rp.outcome("PENALTY", "single", "float", Rp.plain(q.penalty() * p)));
            processing.appendChild(rp.condition(
                    rp.op(
                            "and",
                            rp.op("not", rp.op("isNull", rp.variable("RESPONSE"))),
                            rp.op("lte", rp.variable("SCORE"), rp.number(0))),
                    Rp.of(rp.set("SCORE", rp.op("product", rp.number(-1), rp.variable("PENALTY"))))));
        }
        return finish(List.of(r), extra.toArray(new Element[0]));
    }

    private Element correctOf(String response) {
        Element c = rp.el("correct");
        c.setAttribute("identifier", response);
        return c;
    }

    private void textEntry(Element parent, String response, int length) {
        Element te = rp.add(parent, "textEntryInteraction");
        te.setAttribute("responseIdentifier", response);
        te.setAttribute("expectedLength", String.valueOf(Math.max(5, length)));
    }

    private void textPolicyNote(dev.lectern.model.TextMatching matching) {
        if (matching.policy() == MatchPolicy.LENIENT) {
            note("QTI forgives no spelling slips; 'match: lenient' is left out");
        } else if (matching.policy() != MatchPolicy.NORMALIZED) {
            note("QTI compares typed answers as written; 'match: "
                    + matching.policy().yamlName() + "' is left out");
        }
    }

    @Override
    public byte[] shortAnswer(ShortQuestion q) {
        start(q, true);
        q.pattern()
                .ifPresent(p -> note("QTI 2.1 scores no regular expressions; the pattern '" + p.pattern()
                        + "' is left out (the listed answers are kept)"));
        if (q.credit() == TextCredit.F1) {
            note("QTI gives no partial credit for shared words; 'credit: f1' is left out");
        }
        textPolicyNote(q.matching());
        Element prompt = rp.add(body, "div");
        prompt.setAttribute("class", PROMPT_CLASS);
        rp.add(prompt, "p", q.prompt());
        Element answerLine = rp.add(body, "p");
        textEntry(
                answerLine,
                "RESPONSE",
                q.answers().stream().mapToInt(String::length).max().orElse(10));
        Element r = response("RESPONSE", "single", "string", List.of(q.answers().get(0)));
        Element m = mapping(r, 0);
        boolean cs = q.matching().caseSensitive();
        for (String a : q.answers()) {
            entry(m, a, q.points(), cs);
        }
        scoreUnlessNull("RESPONSE", rp.mapResponse("RESPONSE"));
        wrongFeedback(q.wrong(), w -> {
            Element sm = rp.op("stringMatch", rp.variable("RESPONSE"), rp.base("string", w.text()));
            sm.setAttribute("caseSensitive", String.valueOf(cs));
            return sm;
        });
        return finish(List.of(r));
    }

    private void wrongFeedback(List<WrongAnswer> wrong, java.util.function.Function<WrongAnswer, Element> test) {
        for (int i = 0; i < wrong.size(); i++) {
            WrongAnswer w = wrong.get(i);
            String id = "W" + (i + 1);
            rp.add(modal(id), "p", w.feedback());
            afterScore.add(rp.condition(
                    rp.op("and", rp.op("not", rp.op("isNull", rp.variable("RESPONSE"))), test.apply(w)),
                    Rp.of(showFeedback(rp.base("identifier", id)))));
        }
    }

    @Override
    public byte[] number(NumberQuestion q) {
        start(q, true);
        Element prompt = rp.add(body, "div");
        prompt.setAttribute("class", PROMPT_CLASS);
        rp.add(prompt, "p", q.prompt());
        Element answerLine = rp.add(body, "p");
        textEntry(answerLine, "RESPONSE", 8);
        q.unit().ifPresent(u -> {
            answerLine.appendChild(out.document().createTextNode(" "));
            rp.add(answerLine, "span", u).setAttribute("class", UNIT_CLASS);
        });
        Element r = response(
                "RESPONSE", "single", "float", List.of(q.answers().get(0).toPlainString()));
        Element any = rp.el("or");
        for (BigDecimal a : q.answers()) {
            Element eq = rp.op("equal", rp.variable("RESPONSE"), rp.base("float", a.toPlainString()));
            eq.setAttribute(
                    "toleranceMode",
                    q.tolerance().amount().signum() == 0
                            ? "exact"
                            : q.tolerance().percent() ? "relative" : "absolute");
            if (q.tolerance().amount().signum() != 0) {
                String t = q.tolerance().amount().stripTrailingZeros().toPlainString();
                eq.setAttribute("tolerance", t + " " + t);
            }
            any.appendChild(eq);
        }
        processing.appendChild(rp.condition(
                rp.op("and", rp.op("not", rp.op("isNull", rp.variable("RESPONSE"))), any),
                Rp.of(rp.set("SCORE", rp.number(q.points()))),
                rp.set("SCORE", rp.number(0))));
        wrongFeedback(q.wrong(), w -> {
            Element eq = rp.op("equal", rp.variable("RESPONSE"), rp.base("float", w.text()));
            eq.setAttribute("toleranceMode", "exact");
            return eq;
        });
        return finish(List.of(r));
    }

    @Override
    public byte[] cloze(ClozeQuestion q) {
        start(q, true);
        textPolicyNote(q.matching());
        Element prompt = rp.add(body, "div");
        prompt.setAttribute("class", PROMPT_CLASS);
        rp.add(prompt, "p", q.prompt());
        Element text = rp.add(body, "p");
        List<Element> responses = new ArrayList<>();
        Element sum = rp.el("sum");
        double each = q.points() / q.blanks().size();
        for (int i = 0; i < q.blanks().size(); i++) {
            text.appendChild(out.document().createTextNode(q.segments().get(i)));
            String id = "RESPONSE" + (i + 1);
            List<String> answers = q.blanks().get(i).answers();
            textEntry(text, id, answers.stream().mapToInt(String::length).max().orElse(10));
            Element r = response(id, "single", "string", List.of(answers.get(0)));
            Element m = mapping(r, 0);
            for (String a : answers) {
                entry(m, a, each, q.matching().caseSensitive());
            }
            responses.add(r);
            sum.appendChild(rp.mapResponse(id));
        }
        text.appendChild(
                out.document().createTextNode(q.segments().get(q.blanks().size())));
        processing.appendChild(rp.set("SCORE", sum));
        return finish(responses);
    }

    @Override
    public byte[] order(OrderQuestion q) {
        start(q, true);
        if (q.scoring() == OrderScoring.PAIRS) {
            note("QTI 2.1 response processing cannot count pairs in the right order; the order is scored all or"
                    + " nothing");
        }
        Element oi = rp.add(body, "orderInteraction");
        oi.setAttribute("responseIdentifier", "RESPONSE");
        oi.setAttribute("shuffle", "true");
        prompt(oi);
        List<String> correct = new ArrayList<>();
        for (int i = 0; i < q.items().size(); i++) {
            rp.add(oi, "simpleChoice", q.items().get(i)).setAttribute("identifier", "I" + (i + 1));
            correct.add("I" + (i + 1));
        }
        Element r = response("RESPONSE", "ordered", "identifier", correct);
        processing.appendChild(rp.condition(
                rp.op("match", rp.variable("RESPONSE"), correctOf("RESPONSE")),
                Rp.of(rp.set("SCORE", rp.number(q.points()))),
                rp.set("SCORE", rp.number(0))));
        return finish(List.of(r));
    }

    @Override
    public byte[] match(MatchQuestion q) {
        start(q, true);
        int n = q.pairs().size();
        Element mi = rp.add(body, "matchInteraction");
        mi.setAttribute("responseIdentifier", "RESPONSE");
        mi.setAttribute("shuffle", "true");
        mi.setAttribute("maxAssociations", String.valueOf(n));
        prompt(mi);
        Element lefts = rp.add(mi, "simpleMatchSet");
        Element rights = rp.add(mi, "simpleMatchSet");
        List<String> correct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Element l = rp.add(lefts, "simpleAssociableChoice", q.pairs().get(i).left());
            l.setAttribute("identifier", "L" + (i + 1));
            l.setAttribute("matchMax", "1");
            Element r =
                    rp.add(rights, "simpleAssociableChoice", q.pairs().get(i).right());
            r.setAttribute("identifier", "R" + (i + 1));
            r.setAttribute("matchMax", "1");
            correct.add("L" + (i + 1) + " R" + (i + 1));
        }
        Element r = response("RESPONSE", "multiple", "directedPair", correct);
        Element m = mapping(r, 0);
        for (String pair : correct) {
            entry(m, pair, q.points() / n, null);
        }
        scoreUnlessNull("RESPONSE", rp.mapResponse("RESPONSE"));
        return finish(List.of(r));
    }

    @Override
    public byte[] evidence(EvidenceQuestion q) {
        start(q, false);
        Element hi = rp.add(body, "hottextInteraction");
        hi.setAttribute("responseIdentifier", "RESPONSE");
        hi.setAttribute("maxChoices", "1");
        prompt(hi);
        for (Paragraph p : article.paragraphs()) {
            Element para = rp.add(hi, "p");
            int at = 0;
            for (int s = 0; s < p.sentences().size(); s++) {
                Span span = p.sentences().get(s);
                if (span.start() > at) {
                    para.appendChild(out.document().createTextNode(p.text().substring(at, span.start())));
                }
                rp.add(para, "hottext", p.slice(span)).setAttribute("identifier", sentenceId(p.number(), s + 1));
                at = span.end();
            }
            if (at < p.text().length()) {
                para.appendChild(out.document().createTextNode(p.text().substring(at)));
            }
        }
        String right = sentenceId(q.answer().paragraph(), q.answer().sentence());
        Element r = response("RESPONSE", "single", "identifier", List.of(right));
        Element m = mapping(r, 0);
        entry(m, right, q.points(), null);
        for (SentenceRef a : q.accept()) {
            entry(m, sentenceId(a.paragraph(), a.sentence()), q.points(), null);
        }
        if (q.near() > 0 && article.hasParagraph(q.answer().paragraph())) {
            int count = article.paragraph(q.answer().paragraph()).sentenceCount();
            for (int s = 1; s <= count; s++) {
                SentenceRef ref = new SentenceRef(q.answer().paragraph(), s);
                if (!ref.equals(q.answer()) && !q.accept().contains(ref)) {
                    entry(m, sentenceId(ref.paragraph(), s), q.near() * q.points(), null);
                }
            }
        }
        scoreUnlessNull("RESPONSE", rp.mapResponse("RESPONSE"));
        // Kept for the way back even when the paragraph has no other sentence to map: Lectern also gives it for
        // naming just the paragraph, which a hot-text answer cannot do.
        Element near = rp.outcome("NEAR", "single", "float", Rp.plain(q.near()));
        near.setAttribute(
                "interpretation",
                "Lectern: the share of the points for another sentence of the answer's" + " paragraph");
        return finish(List.of(r), near);
    }

    static String sentenceId(int paragraph, int sentence) {
        return "S" + paragraph + "-" + sentence;
    }
}
