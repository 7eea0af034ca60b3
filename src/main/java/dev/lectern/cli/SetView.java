package dev.lectern.cli;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.engine.Grader;
import dev.lectern.engine.Presentation;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Printable;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code lectern check --show}: a set as a teacher proofreads it, each question with its answer and the text its
 * evidence points at, the quoted words between {@code **}, so a citation one sentence off is seen at a glance.
 */
final class SetView {
    private static final int WIDTH = 80;

    private SetView() {}

    static void print(String file, QuestionSet set, PrintWriter out) {
        Article article = set.article();
        out.println(Printable.oneLine(file + ": " + set.title() + " ("
                + Words.count(set.questions().size(), "question") + " on " + article.name() + ")"));
        Grader grader = new Grader(article);
        int number = 0;
        for (Question q : set.questions()) {
            number++;
            out.println();
            out.println(number + ". " + q.id() + " (" + q.typeName() + ")");
            String prompt = q instanceof ClozeQuestion c ? blanked(c) : q.prompt();
            wrap("   ", prompt, out);
            for (String item : listed(q)) {
                wrap("     ", item, out);
            }
            wrap("   answer: ", grader.grade(q, Presentation.asWritten(q), "").expected(), out);
            for (Passage p : q.evidence()) {
                wrap("   " + label(article, p) + " ", marked(article, p), out);
            }
            if (q.evidence().isEmpty()) {
                out.println("   (no evidence)");
            }
        }
        out.println();
    }

    private static void wrap(String label, String text, PrintWriter out) {
        Wrap.hanging(label, text, WIDTH).forEach(out::println);
    }

    private static String blanked(ClozeQuestion c) {
        StringBuilder text = new StringBuilder(c.prompt()).append(' ');
        for (int i = 0; i < c.blanks().size(); i++) {
            text.append(c.segments().get(i)).append("[").append(i + 1).append(": ____]");
        }
        return text.append(c.segments().get(c.segments().size() - 1)).toString();
    }

    /** The options a learner is shown, as written (the quiz shuffles them). */
    private static List<String> listed(Question q) {
        List<String> options = q instanceof ChoiceQuestion c
                ? c.choices()
                : q instanceof MultiQuestion m
                        ? m.choices()
                        : q instanceof OrderQuestion o
                                ? o.items()
                                : q instanceof MatchQuestion m
                                        ? m.pairs().stream()
                                                .map(MatchQuestion.Pair::left)
                                                .toList()
                                        : List.of();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            shown.add((char) ('a' + i) + ") " + options.get(i));
        }
        return shown;
    }

    /** {@code [2.1]}, {@code [4.1-4.2]}, {@code [9]} for a whole paragraph. */
    private static String label(Article article, Passage p) {
        Paragraph paragraph = article.paragraph(p.paragraph());
        if (isWhole(paragraph, p) && paragraph.sentenceCount() > 1) {
            return "[" + p.paragraph() + "]";
        }
        int first = paragraph.sentenceAt(p.span().start());
        int last = paragraph.sentenceAt(Math.max(p.span().start(), p.span().end() - 1));
        return "[" + p.paragraph() + "." + first + (last > first ? "-" + p.paragraph() + "." + last : "") + "]";
    }

    /** The sentences the passage touches, its own words between {@code **} when it is only part of them. */
    private static String marked(Article article, Passage p) {
        Paragraph paragraph = article.paragraph(p.paragraph());
        int first = paragraph.sentenceAt(p.span().start());
        int last = paragraph.sentenceAt(Math.max(p.span().start(), p.span().end() - 1));
        int from = paragraph.sentences().get(first - 1).start();
        int to = paragraph.sentences().get(last - 1).end();
        String text = paragraph.text();
        if (isWhole(paragraph, p) || (p.span().start() <= from && p.span().end() >= to)) {
            return text.substring(from, to);
        }
        return List.of(
                        text.substring(from, p.span().start()),
                        "**" + paragraph.slice(p.span()) + "**",
                        text.substring(p.span().end(), Math.max(to, p.span().end())))
                .stream()
                .collect(Collectors.joining());
    }

    private static boolean isWhole(Paragraph paragraph, Passage p) {
        return p.span().start() == 0 && p.span().end() == paragraph.text().length();
    }
}
