package dev.lectern.interchange.moodle;

import dev.lectern.interchange.Export;
import dev.lectern.interchange.ExportNote;
import dev.lectern.interchange.Exporter;
import dev.lectern.interchange.xml.GeneralFeedback;
import dev.lectern.interchange.xml.HtmlText;
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
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Writes a set as a Moodle XML question bank file, as Moodle's {@code qformat_xml} reads it: the set as a
 * category, each question with its id as {@code <name>} and {@code <idnumber>}, its points as
 * {@code <defaultgrade>}, the explanation and evidence as {@code <generalfeedback>}. What Moodle cannot hold is
 * left out or changed with a note, never silently. Set-level options (pass mark, shuffle) belong to a Moodle
 * quiz, not to its question bank, and are not written.
 */
public final class MoodleXmlExporter implements Exporter {
    @Override
    public Export export(QuestionSet set) {
        XmlOutput out = XmlOutput.create();
        Element quiz = out.element("quiz");
        out.document().appendChild(quiz);
        List<ExportNote> notes = new ArrayList<>();
        Element category = out.add(quiz, "question");
        category.setAttribute("type", "category");
        text(out, out.add(category, "category"), "$course$/top/" + set.title().replace("/", "//"));
        // The set's description is not written: an import has no place to read it back into, and the round trip
        // export → import → export must give the same file.
        int written = 0;
        for (Question q : set.questions()) {
            Optional<Element> e = q.accept(new QuestionXml(out, set, new Notes(q.id(), notes)));
            if (e.isPresent()) {
                quiz.appendChild(e.get());
                written++;
            }
        }
        return new Export(out.bytes(), written, notes);
    }

    static void text(XmlOutput out, Element parent, String value) {
        out.add(parent, "text", value);
    }

    /** Collects what the export changes or leaves out of one question. */
    static final class Notes {
        private final String id;
        private final List<ExportNote> sink;

        Notes(String id, List<ExportNote> sink) {
            this.id = id;
            this.sink = sink;
        }

        void warn(String message) {
            sink.add(new ExportNote(id, ExportNote.Effect.CHANGED, message));
        }

        void leftOut(String message) {
            sink.add(new ExportNote(id, ExportNote.Effect.LEFT_OUT, message));
        }
    }

    /** One question's element; empty for a kind Moodle has no question for. */
    private static final class QuestionXml implements Question.Visitor<Optional<Element>> {
        private final XmlOutput out;
        private final QuestionSet set;
        private final Notes notes;

        QuestionXml(XmlOutput out, QuestionSet set, Notes notes) {
            this.out = out;
            this.set = set;
            this.notes = notes;
        }

        private Element header(Question q, String type, String questionHtml, double penalty) {
            Element e = out.element("question");
            e.setAttribute("type", type);
            text(out, out.add(e, "name"), q.id());
            html(e, "questiontext", questionHtml);
            html(
                    e,
                    "generalfeedback",
                    HtmlText.fromPlain(GeneralFeedback.paragraphs(q.header().explain(), q.evidence(), set.article())));
            out.add(e, "defaultgrade", MoodleGrades.plain(q.points()));
            out.add(e, "penalty", MoodleGrades.plain(penalty));
            out.add(e, "hidden", "0");
            out.add(e, "idnumber", q.id());
            return e;
        }

        private Element html(Element parent, String name, String html) {
            Element e = out.add(parent, name);
            e.setAttribute("format", "html");
            text(out, e, html);
            return e;
        }

        private static String prompt(Question q) {
            return HtmlText.fromPlain(List.of(q.prompt()));
        }

        private void hint(Element e, Question q) {
            q.header().hint().ifPresent(h -> html(e, "hint", HtmlText.fromPlain(List.of(h))));
        }

        private void answer(Element parent, double fraction, String text, String feedback, boolean html) {
            Element a = out.add(parent, "answer");
            a.setAttribute("fraction", MoodleGrades.percent(fraction));
            a.setAttribute("format", html ? "html" : "plain_text");
            text(out, a, html ? HtmlText.fromPlain(List.of(text)) : text);
            html(a, "feedback", feedback.isEmpty() ? "" : HtmlText.fromPlain(List.of(feedback)));
        }

        private double checkedPenalty(double penalty) {
            if (!MoodleGrades.allowed(-penalty)) {
                notes.warn("a penalty of " + MoodleGrades.plain(penalty * 100) + "% is not one of Moodle's grades;"
                        + " written as " + MoodleGrades.percent(-penalty).substring(1) + "%");
            }
            return -MoodleGrades.nearest(-penalty);
        }

        @Override
        public Optional<Element> choice(ChoiceQuestion q) {
            double penalty = checkedPenalty(q.penalty());
            Element e = header(q, "multichoice", prompt(q), penalty);
            choiceOptions(e, true);
            for (int i = 0; i < q.choices().size(); i++) {
                String c = q.choices().get(i);
                answer(e, i == q.answer() ? 1 : -penalty, c, q.feedback().getOrDefault(c, ""), true);
            }
            hint(e, q);
            return Optional.of(e);
        }

        private void choiceOptions(Element e, boolean single) {
            out.add(e, "single", single ? "true" : "false");
            out.add(e, "shuffleanswers", "false");
            out.add(e, "answernumbering", "abc");
            out.add(e, "showstandardinstruction", "0");
        }

        @Override
        public Optional<Element> multi(MultiQuestion q) {
            int k = q.answers().size();
            if (q.scoring() != MultiScoring.RIGHT_MINUS_WRONG) {
                notes.warn("Moodle's multiple-answer question scores right minus wrong picks; '"
                        + q.scoring().yamlName() + "' scoring is not kept");
            }
            if (q.penalty() > 0) {
                notes.warn("Moodle's multiple-answer question has no penalty below zero; the penalty of "
                        + MoodleGrades.plain(q.penalty() * 100) + "% is left out");
            }
            if (!MoodleGrades.allowed(1.0 / k)) {
                notes.warn(k + " right choices: 1/" + k + " is not one of Moodle's grades, so Moodle's scores"
                        + " will differ a little");
            }
            Element e = header(q, "multichoice", prompt(q), 0);
            choiceOptions(e, false);
            for (int i = 0; i < q.choices().size(); i++) {
                String c = q.choices().get(i);
                answer(
                        e,
                        q.answers().contains(i) ? 1.0 / k : -1.0 / k,
                        c,
                        q.feedback().getOrDefault(c, ""),
                        true);
            }
            hint(e, q);
            return Optional.of(e);
        }

        @Override
        public Optional<Element> trueFalse(TrueFalseQuestion q) {
            if (q.penalty() > 0) {
                notes.warn("Moodle's true/false question has no negative marking; the penalty of "
                        + MoodleGrades.plain(q.penalty() * 100) + "% is left out");
            }
            Element e = header(q, "truefalse", prompt(q), 0);
            answer(e, q.answer() ? 1 : 0, "true", q.feedbackIfTrue().orElse(""), false);
            answer(e, q.answer() ? 0 : 1, "false", q.feedbackIfFalse().orElse(""), false);
            hint(e, q);
            return Optional.of(e);
        }

        @Override
        public Optional<Element> shortAnswer(ShortQuestion q) {
            q.pattern()
                    .ifPresent(p -> notes.warn("Moodle's short answer has no regular expressions; the pattern '"
                            + p.pattern() + "' is left out (the listed answers are kept)"));
            if (q.credit() == TextCredit.F1) {
                notes.warn("Moodle gives no partial credit for shared words; 'credit: f1' is left out");
            }
            policyNote(q.matching().policy());
            Element e = header(q, "shortanswer", prompt(q), 0);
            out.add(e, "usecase", q.matching().caseSensitive() ? "1" : "0");
            for (String a : q.answers()) {
                answer(e, 1, wildcardsEscaped(a), "", false);
            }
            for (WrongAnswer w : q.wrong()) {
                answer(e, 0, wildcardsEscaped(w.text()), w.feedback(), false);
            }
            hint(e, q);
            return Optional.of(e);
        }

        /** Moodle has one way of comparing typed answers; Lectern reads them back under its default policy. */
        private void policyNote(MatchPolicy policy) {
            if (policy == MatchPolicy.LENIENT) {
                notes.warn("Moodle forgives no spelling slips; 'match: lenient' is left out");
            } else if (policy != MatchPolicy.NORMALIZED) {
                notes.warn("Moodle compares typed answers its own way; 'match: " + policy.yamlName() + "' is left"
                        + " out");
            }
        }

        /** In Moodle's short answers {@code *} matches anything; Lectern's answers mean it literally. */
        private static String wildcardsEscaped(String answer) {
            return answer.replace("*", "\\*");
        }

        @Override
        public Optional<Element> number(NumberQuestion q) {
            Element e = header(q, "numerical", prompt(q), 0);
            for (BigDecimal a : q.answers()) {
                Element ans = out.add(e, "answer");
                ans.setAttribute("fraction", "100");
                ans.setAttribute("format", "plain_text");
                text(out, ans, MoodleGrades.plain(a));
                html(ans, "feedback", "");
                BigDecimal tol = q.tolerance().percent()
                        ? a.abs().multiply(q.tolerance().amount()).movePointLeft(2)
                        : q.tolerance().amount();
                out.add(ans, "tolerance", MoodleGrades.plain(tol));
            }
            for (WrongAnswer w : q.wrong()) {
                Element ans = out.add(e, "answer");
                ans.setAttribute("fraction", "0");
                ans.setAttribute("format", "plain_text");
                text(out, ans, w.text());
                html(ans, "feedback", HtmlText.fromPlain(List.of(w.feedback())));
                out.add(ans, "tolerance", "0");
            }
            q.unit().ifPresent(u -> {
                Element units = out.add(e, "units");
                Element unit = out.add(units, "unit");
                out.add(unit, "multiplier", "1");
                out.add(unit, "unit_name", u);
            });
            out.add(e, "unitgradingtype", "0");
            out.add(e, "unitpenalty", "0");
            out.add(e, "showunits", q.unit().isPresent() ? "0" : "3");
            out.add(e, "unitsleft", "0");
            hint(e, q);
            return Optional.of(e);
        }

        @Override
        public Optional<Element> cloze(ClozeQuestion q) {
            policyNote(q.matching().policy());
            int n = q.blanks().size();
            double each = q.points() / n;
            int weight = each == Math.rint(each) && each >= 1 ? (int) each : 1;
            if (weight * n != q.points()) {
                notes.warn("Moodle weighs each blank in whole points; the question is worth " + n + " points there"
                        + " instead of " + MoodleGrades.plain(q.points()));
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(q.segments().get(i));
                text.append(EmbeddedAnswers.shortAnswer(
                        weight, q.matching().caseSensitive(), q.blanks().get(i).answers()));
            }
            text.append(q.segments().get(n));
            Element e = header(q, "cloze", HtmlText.fromPlain(List.of(q.prompt(), text.toString())), 0);
            hint(e, q);
            return Optional.of(e);
        }

        @Override
        public Optional<Element> order(OrderQuestion q) {
            Element e = header(q, "ordering", prompt(q), 0);
            out.add(e, "layouttype", "VERTICAL");
            out.add(e, "selecttype", "ALL");
            out.add(e, "selectcount", String.valueOf(q.items().size()));
            // Lectern's 'pairs' counts every pair of items in the right relative order: Moodle's "relative to
            // all the previous and next items" counts exactly those pairs, from both ends.
            out.add(
                    e,
                    "gradingtype",
                    q.scoring() == OrderScoring.ALL_OR_NOTHING ? "ALL_OR_NOTHING" : "RELATIVE_ALL_PREVIOUS_AND_NEXT");
            out.add(e, "showgrading", "SHOW");
            out.add(e, "numberingstyle", "none");
            for (int i = 0; i < q.items().size(); i++) {
                Element a = out.add(e, "answer");
                a.setAttribute("fraction", String.valueOf(i + 1));
                a.setAttribute("format", "html");
                text(out, a, HtmlText.fromPlain(List.of(q.items().get(i))));
                html(a, "feedback", "");
            }
            hint(e, q);
            return Optional.of(e);
        }

        @Override
        public Optional<Element> match(MatchQuestion q) {
            Element e = header(q, "matching", prompt(q), 0);
            out.add(e, "shuffleanswers", "true");
            for (MatchQuestion.Pair p : q.pairs()) {
                Element sub = out.add(e, "subquestion");
                sub.setAttribute("format", "html");
                text(out, sub, HtmlText.fromPlain(List.of(p.left())));
                text(out, out.add(sub, "answer"), p.right());
            }
            hint(e, q);
            return Optional.of(e);
        }

        @Override
        public Optional<Element> evidence(EvidenceQuestion q) {
            notes.leftOut("Moodle has no question that asks for a sentence of the article (the QTI export keeps"
                    + " it as a hot-text question)");
            return Optional.empty();
        }
    }
}
