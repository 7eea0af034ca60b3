package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Paragraph;
import dev.lectern.engine.Breakdown;
import dev.lectern.engine.Grade;
import dev.lectern.engine.SessionItem;
import dev.lectern.engine.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grade of one answer: verdict and points, the answer beside the expected one with the differences marked,
 * the rule that decided, the feedback, and the supporting passage in its paragraph, highlighted.
 */
final class FeedbackView implements View {
    private final Quiz quiz;
    private final int index;
    private final View back;
    private int scroll;

    FeedbackView(Quiz quiz, int index, View back) {
        this.quiz = quiz;
        this.index = index;
        this.back = back;
    }

    private SessionItem item() {
        return quiz.session().items().get(index);
    }

    @Override
    public void draw(Canvas canvas) {
        Grade g = item().grade().orElseThrow();
        canvas.text(
                0,
                0,
                "Question " + (index + 1) + " of " + quiz.session().items().size(),
                Style.TITLE);
        int col = canvas.text(0, 2, verdictWord(g) + " ", verdictStyle(g.verdict()));
        canvas.text(
                col,
                2,
                Format.points(g.earned()) + " of " + Format.points(g.possible()) + " point"
                        + (g.possible() == 1 ? "" : "s") + (item().overridden() ? " (you marked it right)" : ""),
                Style.NORMAL);
        List<List<PassageBox.Segment>> lines = body(g, canvas.width());
        int first = 3;
        int rows = Math.max(1, canvas.height() - 1 - first);
        scroll = Math.max(0, Math.min(scroll, lines.size() - rows));
        PassageBox.draw(canvas, lines, 0, first, scroll, rows);
        String more =
                (scroll > 0 ? "▲ more" : "") + (scroll + rows < lines.size() ? (scroll > 0 ? " " : "") + "more ▼" : "");
        if (!more.isEmpty()) {
            canvas.text(canvas.width() - Lines.width(more), 0, more, Style.DIM);
        }
        canvas.footer(footerKeys());
    }

    /**
     * Everything under the verdict, as lines that scroll together: the answer and the expected one, the rule,
     * the feedback, and each supporting paragraph with its passages highlighted. Nothing is cut short.
     */
    private List<List<PassageBox.Segment>> body(Grade g, int width) {
        List<List<PassageBox.Segment>> lines = new ArrayList<>();
        Optional<Breakdown> parts = Breakdown.of(item());
        if (parts.isPresent()) {
            FeedbackParts.lines(lines, item().question(), parts.get(), width);
        } else {
            answerLines(
                    lines,
                    "Your answer: ",
                    g.given().isEmpty() ? "(none)" : g.given(),
                    g.expected(),
                    Style.WRONG,
                    width);
            if (g.verdict() != Verdict.CORRECT || !g.given().equalsIgnoreCase(g.expected())) {
                answerLines(lines, "Expected:    ", g.expected(), g.given(), Style.RIGHT, width);
            }
        }
        plain(lines, ruleLine(g), Style.DIM, width);
        for (String f : g.feedback()) {
            plain(lines, f, Style.NORMAL, width);
        }
        for (Paragraph p : PassageBox.paragraphs(quiz.session().set().article(), g.evidence())) {
            lines.add(List.of());
            lines.add(List.of(new PassageBox.Segment("  ¶ " + p.number(), Style.TITLE)));
            for (List<PassageBox.Segment> line : PassageBox.lines(p, g.evidence(), width - 2)) {
                List<PassageBox.Segment> indented = new ArrayList<>();
                indented.add(new PassageBox.Segment("  ", Style.NORMAL));
                indented.addAll(line);
                lines.add(indented);
            }
        }
        return lines;
    }

    /** The rule and the grade's note, but not a note that only repeats the rule ("the right paragraph"). */
    static String ruleLine(Grade g) {
        String rule = g.rule().description();
        return "Rule: " + rule
                + g.note().filter(n -> !rule.contains(n)).map(n -> " — " + n).orElse("");
    }

    private static void plain(List<List<PassageBox.Segment>> lines, String text, Style style, int width) {
        for (String line : Lines.wrapText(text, width)) {
            lines.add(List.of(new PassageBox.Segment(line, style)));
        }
    }

    /** The answer on wrapped lines after its label, the characters that differ from {@code other} marked. */
    private static void answerLines(
            List<List<PassageBox.Segment>> lines, String label, String text, String other, Style marked, int width) {
        int start = Lines.width(label);
        boolean[] diff = Diff.differing(text, other);
        boolean first = true;
        for (Lines.Range r : Lines.wrap(text, width - start)) {
            List<PassageBox.Segment> line = new ArrayList<>();
            line.add(new PassageBox.Segment(first ? label : " ".repeat(start), Style.DIM));
            int i = r.start();
            while (i < r.end()) {
                int j = i;
                while (j < r.end() && diff[j] == diff[i]) {
                    j++;
                }
                line.add(new PassageBox.Segment(text.substring(i, j), diff[i] ? marked : Style.NORMAL));
                i = j;
            }
            lines.add(line);
            first = false;
        }
    }

    private static String verdictWord(Grade g) {
        return switch (g.verdict()) {
            case CORRECT -> "✓ Correct";
            case PARTIAL -> "◐ Partly right";
            case UNANSWERED -> "– Not answered";
            default -> "✗ Wrong";
        };
    }

    static Style verdictStyle(Verdict v) {
        return v == Verdict.CORRECT ? Style.RIGHT : v == Verdict.PARTIAL ? Style.PARTIAL : Style.WRONG;
    }

    @Override
    public View onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.ArrowDown) {
            scroll++;
            return this;
        }
        if (key.getKeyType() == KeyType.ArrowUp) {
            scroll = Math.max(0, scroll - 1);
            return this;
        }
        if (key.getKeyType() == KeyType.Escape || isChar(key, 'q')) {
            if (back instanceof SummaryView) {
                // A new summary, not the one we came from: an "I was right" made here must show in it.
                return new SummaryView(quiz, index);
            }
            // Mid-quiz, leaving asks, as it does on a question: leave for later, finish now, or go back.
            return new LeaveView(quiz, this);
        }
        if (isChar(key, 'a')
                || (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'r')) {
            return ReaderView.at(
                    quiz.session().set(), item().grade().orElseThrow().evidence(), this);
        }
        if (isChar(key, '!') && canOverride()) {
            Quiz changed = quiz.with(quiz.session().goTo(index).overrideAsRight());
            changed.record(index, 0, true);
            return new FeedbackView(changed, index, back);
        }
        if (key.getKeyType() == KeyType.Enter || isChar(key, 'n')) {
            if (back instanceof SummaryView) {
                return new SummaryView(quiz, index);
            }
            return quiz.session().isLast()
                    ? new SummaryView(quiz)
                    : new QuestionView(quiz.with(quiz.session().next()));
        }
        return this;
    }

    private boolean canOverride() {
        return quiz.session().goTo(index).canOverrideAsRight();
    }

    private static boolean isChar(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && key.getCharacter() == c;
    }

    private String[] footerKeys() {
        List<String> keys = new ArrayList<>(List.of("Enter", "next", "↑↓", "scroll", "a", "article here"));
        if (canOverride()) {
            keys.addAll(List.of("!", "I was right"));
        }
        keys.addAll(back instanceof SummaryView ? List.of("q", "summary") : List.of("q", "leave"));
        return keys.toArray(String[]::new);
    }

    /** The footer's keys, and for the help what the marks before each pick, pair, item or blank mean. */
    @Override
    public String[] keys() {
        List<String> keys = new ArrayList<>(List.of(footerKeys()));
        keys.addAll(List.of(
                "✓ ✗",
                "a part (pick, pair, item, blank) right, wrong",
                "◐ –",
                "a blank partly right; a pair or blank left open"));
        return keys.toArray(String[]::new);
    }
}
