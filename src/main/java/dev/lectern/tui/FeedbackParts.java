package dev.lectern.tui;

import dev.lectern.engine.Breakdown;
import dev.lectern.engine.Verdict;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The feedback lines of an answer in parts, as the engine's {@link Breakdown} judged them: a ✓, ◐, ✗ or – before
 * each pick, pair, item or blank, what would have been right after the wrong ones, and the right picks that were
 * missed. Long parts wrap under their own text.
 */
final class FeedbackParts {
    private static final String INDENT = "    ";

    private FeedbackParts() {}

    static void lines(List<List<PassageBox.Segment>> lines, Question q, Breakdown breakdown, int width) {
        lines.add(List.of(new PassageBox.Segment(heading(q), Style.DIM)));
        for (Breakdown.Part p : breakdown.parts()) {
            List<PassageBox.Segment> text = new ArrayList<>();
            text.add(new PassageBox.Segment(p.label() + (q instanceof MatchQuestion ? " → " : ""), Style.NORMAL));
            text.add(new PassageBox.Segment(
                    p.given().isEmpty() ? "(none)" : p.given(), p.given().isEmpty() ? Style.DIM : Style.NORMAL));
            p.correction().ifPresent(c -> text.add(new PassageBox.Segment("  " + c, Style.DIM)));
            wrapped(lines, new PassageBox.Segment("  " + mark(p.verdict()) + " ", style(p.verdict())), text, width);
        }
        if (!breakdown.missed().isEmpty()) {
            lines.add(List.of(new PassageBox.Segment("Right, but not picked:", Style.DIM)));
            for (String m : breakdown.missed()) {
                wrapped(
                        lines,
                        new PassageBox.Segment("  · ", Style.RIGHT),
                        List.of(new PassageBox.Segment(m, Style.NORMAL)),
                        width);
            }
        }
        if (q instanceof OrderQuestion o
                && breakdown.count(Verdict.CORRECT) < o.items().size()) {
            lines.add(List.of(new PassageBox.Segment("Right order:", Style.DIM)));
            for (int i = 0; i < o.items().size(); i++) {
                wrapped(
                        lines,
                        new PassageBox.Segment("    ", Style.NORMAL),
                        List.of(new PassageBox.Segment(
                                (i + 1) + ". " + o.items().get(i), Style.NORMAL)),
                        width);
            }
        }
    }

    private static String heading(Question q) {
        if (q instanceof MultiQuestion) {
            return "Your picks:";
        }
        if (q instanceof MatchQuestion) {
            return "Your pairs:";
        }
        if (q instanceof ClozeQuestion) {
            return "Your blanks:";
        }
        return "Your order:";
    }

    static String mark(Verdict v) {
        return switch (v) {
            case CORRECT -> "✓";
            case PARTIAL -> "◐";
            case UNANSWERED -> "–";
            default -> "✗";
        };
    }

    private static Style style(Verdict v) {
        return v == Verdict.UNANSWERED ? Style.DIM : FeedbackView.verdictStyle(v);
    }

    /** {@code first} and then the segments, wrapped to {@code width}; lines after the first start under the text. */
    private static void wrapped(
            List<List<PassageBox.Segment>> lines,
            PassageBox.Segment first,
            List<PassageBox.Segment> segments,
            int width) {
        StringBuilder all = new StringBuilder();
        for (PassageBox.Segment s : segments) {
            all.append(s.text());
        }
        String text = all.toString();
        boolean firstLine = true;
        for (Lines.Range r : Lines.wrap(text, width - Lines.width(INDENT))) {
            List<PassageBox.Segment> line = new ArrayList<>();
            line.add(firstLine ? first : new PassageBox.Segment(INDENT, Style.NORMAL));
            int offset = 0;
            for (PassageBox.Segment s : segments) {
                int start = Math.max(r.start(), offset);
                int end = Math.min(r.end(), offset + s.text().length());
                if (start < end) {
                    line.add(new PassageBox.Segment(text.substring(start, end), s.style()));
                }
                offset += s.text().length();
            }
            lines.add(line);
            firstLine = false;
        }
    }
}
