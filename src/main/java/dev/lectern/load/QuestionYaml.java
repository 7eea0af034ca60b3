package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.article.QuoteFinder;
import dev.lectern.article.SentenceRef;
import dev.lectern.article.Span;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One question as the mapping {@link QuestionReader} reads: the common keys, the type's own keys, then evidence,
 * explanation, hint and points. Only what differs from a default is written, so the file reads as a teacher
 * would write it and loads back to the same question.
 */
final class QuestionYaml implements Question.Visitor<Void> {
    private final Article article;
    private final QuoteFinder quotes;
    private YamlNodes.Map map;

    QuestionYaml(Article article) {
        this.article = article;
        this.quotes = new QuoteFinder(article);
    }

    MappingNode node(Question q) {
        map = new YamlNodes.Map();
        map.plain("id", q.id()).plain("type", q.typeName());
        if (!(q instanceof ClozeQuestion && q.prompt().equals(ClozeReader.DEFAULT_PROMPT))) {
            map.text("prompt", q.prompt());
        }
        q.accept(this);
        boolean impliedEvidence =
                q instanceof EvidenceQuestion e && q.evidence().equals(List.of(sentence(e.answer())));
        if (!q.evidence().isEmpty() && !impliedEvidence) {
            map.put("evidence", evidence(q.evidence()));
        }
        q.header().explain().ifPresent(t -> map.text("explain", t));
        q.header().hint().ifPresent(t -> map.text("hint", t));
        if (q.points() != 1.0) {
            map.plain("points", YamlNodes.decimal(q.points()));
        }
        return map.node(FlowStyle.BLOCK);
    }

    @Override
    public Void choice(ChoiceQuestion q) {
        map.put("choices", YamlNodes.texts(q.choices())).text("answer", q.answerText());
        feedback(q.feedback());
        penalty(q.penalty());
        return null;
    }

    @Override
    public Void multi(MultiQuestion q) {
        map.put("choices", YamlNodes.texts(q.choices()))
                .put(
                        "answers",
                        YamlNodes.texts(
                                q.answers().stream().map(q.choices()::get).toList()));
        feedback(q.feedback());
        if (q.scoring() != MultiScoring.RIGHT_MINUS_WRONG) {
            map.plain("scoring", q.scoring().yamlName());
        }
        penalty(q.penalty());
        return null;
    }

    @Override
    public Void trueFalse(TrueFalseQuestion q) {
        map.plain("answer", Boolean.toString(q.answer()));
        Map<String, String> feedback = new LinkedHashMap<>();
        q.feedbackIfTrue().ifPresent(f -> feedback.put("true", f));
        q.feedbackIfFalse().ifPresent(f -> feedback.put("false", f));
        feedback(feedback);
        penalty(q.penalty());
        return null;
    }

    @Override
    public Void shortAnswer(ShortQuestion q) {
        answers(q.answers().stream().map(YamlNodes::text).toList());
        q.pattern().ifPresent(p -> map.text("pattern", p.pattern()));
        matching(q.matching());
        if (q.credit() != TextCredit.ALL_OR_NOTHING) {
            map.plain("credit", q.credit().yamlName());
        }
        wrong(q.wrong());
        return null;
    }

    @Override
    public Void number(NumberQuestion q) {
        answers(q.answers().stream()
                .map(a -> YamlNodes.plainNode(a.toPlainString()))
                .toList());
        if (q.tolerance().amount().compareTo(BigDecimal.ZERO) != 0
                || q.tolerance().percent()) {
            map.plain("tolerance", q.tolerance().toString());
        }
        q.unit().ifPresent(u -> map.text("unit", u));
        wrong(q.wrong());
        return null;
    }

    @Override
    public Void cloze(ClozeQuestion q) {
        StringBuilder text = new StringBuilder(q.segments().get(0));
        for (int i = 0; i < q.blanks().size(); i++) {
            text.append("[[")
                    .append(String.join("|", q.blanks().get(i).answers()))
                    .append("]]")
                    .append(q.segments().get(i + 1));
        }
        map.text("text", text.toString());
        matching(q.matching());
        return null;
    }

    @Override
    public Void order(OrderQuestion q) {
        map.put("items", YamlNodes.texts(q.items()));
        if (q.scoring() != OrderScoring.PAIRS) {
            map.plain("scoring", q.scoring().yamlName());
        }
        return null;
    }

    @Override
    public Void match(MatchQuestion q) {
        Map<String, String> pairs = new LinkedHashMap<>();
        q.pairs().forEach(p -> pairs.put(p.left(), p.right()));
        map.textMap("pairs", pairs);
        return null;
    }

    @Override
    public Void evidence(EvidenceQuestion q) {
        map.quoted("answer", q.answer().toString());
        if (!q.accept().isEmpty()) {
            map.put(
                    "accept",
                    YamlNodes.sequence(
                            q.accept().stream().map(r -> quoted(r.toString())).toList(), FlowStyle.FLOW));
        }
        if (q.near() != EvidenceQuestion.DEFAULT_NEAR) {
            map.plain("near", YamlNodes.decimal(q.near()));
        }
        return null;
    }

    private void answers(List<ScalarNode> answers) {
        if (answers.size() == 1) {
            map.put("answer", answers.get(0));
        } else {
            map.put("answers", YamlNodes.sequence(answers, FlowStyle.BLOCK));
        }
    }

    private void feedback(Map<String, String> feedback) {
        if (!feedback.isEmpty()) {
            map.textMap("feedback", feedback);
        }
    }

    private void penalty(double penalty) {
        if (penalty > 0) {
            map.plain("penalty", YamlNodes.decimal(penalty));
        }
    }

    private void matching(TextMatching m) {
        if (m.policy() != TextMatching.DEFAULT.policy()) {
            map.plain("match", m.policy().yamlName());
        }
        if (m.caseSensitive()) {
            map.plain("case", "sensitive");
        }
        if (m.typoCredit() != TextMatching.DEFAULT.typoCredit()) {
            map.plain("typo-credit", YamlNodes.decimal(m.typoCredit()));
        }
    }

    private void wrong(List<WrongAnswer> wrong) {
        if (!wrong.isEmpty()) {
            map.textMap(
                    "wrong",
                    wrong.stream()
                            .collect(Collectors.toMap(
                                    WrongAnswer::text, WrongAnswer::feedback, (a, b) -> a, LinkedHashMap::new)));
        }
    }

    private Node evidence(List<Passage> passages) {
        List<Node> refs = new ArrayList<>();
        for (Passage p : passages) {
            refs.add(reference(p));
        }
        return refs.size() == 1 ? refs.get(0) : YamlNodes.sequence(refs, FlowStyle.BLOCK);
    }

    /** The shortest reference that locates exactly this passage. */
    private Node reference(Passage p) {
        YamlNodes.Map ref = new YamlNodes.Map();
        Paragraph paragraph = article.paragraph(p.paragraph());
        int sentence = paragraph.sentences().indexOf(p.span()) + 1;
        if (p.span().equals(new Span(0, paragraph.text().length()))) {
            ref.plain("paragraph", Integer.toString(p.paragraph()));
        } else if (sentence > 0) {
            ref.quoted("sentence", new SentenceRef(p.paragraph(), sentence).toString());
        } else {
            ref.plain("paragraph", Integer.toString(p.paragraph())).quoted("quote", uniqueQuote(paragraph, p.span()));
        }
        return ref.node(FlowStyle.FLOW);
    }

    /**
     * The passage's text, lengthened word by word when it occurs more than once in its paragraph (a loaded set's
     * quotes never do; a generated one's might), so that the loader finds one place.
     */
    private String uniqueQuote(Paragraph paragraph, Span span) {
        String text = paragraph.text();
        int end = span.end();
        while (quotes.find(text.substring(span.start(), end), paragraph.number())
                                .size()
                        > 1
                && end < text.length()) {
            int next = text.indexOf(' ', end + 1);
            end = next < 0 ? text.length() : next;
        }
        return text.substring(span.start(), end);
    }

    private Passage sentence(SentenceRef ref) {
        return Passage.sentence(article.paragraph(ref.paragraph()), ref.sentence());
    }

    private static ScalarNode quoted(String value) {
        return new ScalarNode(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED);
    }
}
