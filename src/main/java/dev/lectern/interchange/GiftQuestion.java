package dev.lectern.interchange;

import dev.lectern.article.Article;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.Quoted;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * One question in GIFT, or empty with a note when GIFT cannot hold it. What GIFT holds only in part (points,
 * hints, units, patterns, Lectern's scoring rules) is written without it and noted as changed.
 */
final class GiftQuestion implements Question.Visitor<Optional<String>> {
    private static final String FORMAT = "[plain]";

    private final Article article;
    private final List<ExportNote> notes;
    private Question current;

    GiftQuestion(Article article, List<ExportNote> notes) {
        this.article = article;
        this.notes = notes;
    }

    Optional<String> write(Question q) {
        current = q;
        Optional<String> text = q.accept(this);
        if (text.isPresent()) {
            if (q.points() != 1.0) {
                changed("GIFT has no points; Moodle gives the question its default mark (1) instead of "
                        + BigDecimal.valueOf(q.points()).stripTrailingZeros().toPlainString());
            }
            q.header().hint().ifPresent(h -> changed("GIFT has no hints; the hint is left out"));
        }
        return text;
    }

    @Override
    public Optional<String> choice(ChoiceQuestion q) {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < q.choices().size(); i++) {
            String mark = i == q.answer() ? "=" : q.penalty() > 0 ? "~" + GiftText.weight(percent(-q.penalty())) : "~";
            answers.append(line(
                    mark,
                    q.choices().get(i),
                    Optional.ofNullable(q.feedback().get(q.choices().get(i)))));
        }
        return whole(q.prompt(), answers.toString());
    }

    @Override
    public Optional<String> multi(MultiQuestion q) {
        if (q.scoring() != MultiScoring.RIGHT_MINUS_WRONG) {
            changed("Moodle scores a multiple-answer question option by option; its "
                    + q.scoring().yamlName() + " scoring is written as right-minus-wrong weights");
        }
        if (q.penalty() > 0) {
            changed("GIFT cannot deduct points for a wholly wrong multiple-answer response; the penalty is left out");
        }
        BigDecimal share = percent(1.0 / q.answers().size());
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < q.choices().size(); i++) {
            String weight = GiftText.weight(q.answers().contains(i) ? share : share.negate());
            answers.append(line(
                    "~" + weight,
                    q.choices().get(i),
                    Optional.ofNullable(q.feedback().get(q.choices().get(i)))));
        }
        return whole(q.prompt(), answers.toString());
    }

    @Override
    public Optional<String> trueFalse(TrueFalseQuestion q) {
        if (q.penalty() > 0) {
            changed("GIFT cannot deduct points for a wrong true-false answer; the penalty is left out");
        }
        Optional<String> right = q.answer() ? q.feedbackIfTrue() : q.feedbackIfFalse();
        Optional<String> wrong = q.answer() ? q.feedbackIfFalse() : q.feedbackIfTrue();
        StringBuilder answer = new StringBuilder(q.answer() ? "TRUE" : "FALSE");
        if (wrong.isPresent() || right.isPresent()) {
            answer.append('#').append(wrong.map(GiftText::escape).orElse(""));
        }
        right.ifPresent(r -> answer.append('#').append(GiftText.escape(r)));
        return Optional.of("::" + q.id() + "::" + FORMAT + GiftText.escape(q.prompt()) + "{" + answer
                + generalFeedback("") + "}\n");
    }

    @Override
    public Optional<String> shortAnswer(ShortQuestion q) {
        q.pattern().ifPresent(p -> changed("GIFT has no patterns; only the listed answers are accepted"));
        textMatching(q.matching());
        if (q.credit() == TextCredit.F1) {
            changed("Moodle has no partial credit for the words an answer shares with the right one (credit: f1)");
        }
        return whole(q.prompt(), typedAnswers(q.answers(), q.wrong()));
    }

    @Override
    public Optional<String> number(NumberQuestion q) {
        q.unit().ifPresent(u -> changed("GIFT has no units; the unit " + Quoted.of(u) + " is left out"));
        StringBuilder answers = new StringBuilder();
        for (BigDecimal a : q.answers()) {
            BigDecimal tolerance = q.tolerance().percent()
                    ? a.abs().multiply(q.tolerance().amount()).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64)
                    : q.tolerance().amount();
            String value = a.toPlainString()
                    + (tolerance.signum() == 0
                            ? ""
                            : ":" + tolerance.stripTrailingZeros().toPlainString());
            answers.append("\t=").append(value).append('\n');
        }
        for (WrongAnswer w : q.wrong()) {
            answers.append(line("=%0%", w.text(), Optional.of(w.feedback())));
        }
        return Optional.of(head(q.prompt()) + "{#\n" + answers + generalFeedback("\t") + "}\n");
    }

    @Override
    public Optional<String> cloze(ClozeQuestion q) {
        if (q.blanks().size() != 1) {
            return leftOut("GIFT holds one gap per question and this cloze text has "
                    + q.blanks().size() + " (Moodle XML can hold it as an embedded-answers question)");
        }
        textMatching(q.matching());
        String before = (q.prompt().equals(ClozeQuestion.DEFAULT_PROMPT) ? "" : q.prompt() + "\n")
                + q.segments().get(0);
        String answers = typedAnswers(q.blanks().get(0).answers(), List.of());
        return Optional.of(head(before) + "{\n" + answers + generalFeedback("\t") + "}"
                + GiftText.escape(q.segments().get(1)) + "\n");
    }

    @Override
    public Optional<String> order(OrderQuestion q) {
        return leftOut("GIFT has no ordering question (Moodle XML can hold it)");
    }

    @Override
    public Optional<String> match(MatchQuestion q) {
        StringBuilder answers = new StringBuilder();
        for (MatchQuestion.Pair p : q.pairs()) {
            answers.append("\t=")
                    .append(GiftText.escape(p.left()))
                    .append(" -> ")
                    .append(GiftText.escape(p.right()))
                    .append('\n');
        }
        return whole(q.prompt(), answers.toString());
    }

    @Override
    public Optional<String> evidence(EvidenceQuestion q) {
        return leftOut("GIFT has no question that asks for a sentence of the article (QTI can hold it as hot text)");
    }

    private String typedAnswers(List<String> accepted, List<WrongAnswer> wrong) {
        StringBuilder answers = new StringBuilder();
        accepted.forEach(a -> answers.append(line("=", a, Optional.empty())));
        wrong.forEach(w -> answers.append(line("=%0%", w.text(), Optional.of(w.feedback()))));
        return answers.toString();
    }

    private void textMatching(TextMatching m) {
        if (m.policy() == MatchPolicy.LENIENT || m.policy() == MatchPolicy.SQUAD) {
            changed("Moodle compares typed answers ignoring only letter case; '"
                    + m.policy().yamlName() + "' matching is lost");
        }
        if (m.caseSensitive()) {
            changed("GIFT cannot ask for letter case to count; Moodle ignores it");
        }
    }

    private Optional<String> whole(String prompt, String answers) {
        return Optional.of(head(prompt) + "{\n" + answers + generalFeedback("\t") + "}\n");
    }

    private String head(String prompt) {
        return "::" + current.id() + "::" + FORMAT + GiftText.escape(prompt);
    }

    private static String line(String mark, String text, Optional<String> feedback) {
        return "\t" + mark + GiftText.escape(text)
                + feedback.map(f -> "#" + GiftText.escape(f)).orElse("") + "\n";
    }

    /** {@code ####} and the explanation with the evidence passages, on a line of its own unless {@code indent} is empty. */
    private String generalFeedback(String indent) {
        String text = EvidenceNote.generalFeedback(current, article);
        if (text.isEmpty()) {
            return "";
        }
        return indent + "####" + GiftText.escape(text) + (indent.isEmpty() ? "" : "\n");
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(100));
    }

    private Optional<String> leftOut(String reason) {
        notes.add(new ExportNote(current.id(), ExportNote.Effect.LEFT_OUT, reason));
        return Optional.empty();
    }

    private void changed(String reason) {
        notes.add(new ExportNote(current.id(), ExportNote.Effect.CHANGED, reason));
    }
}
