package dev.lectern.batch;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Rule;
import dev.lectern.engine.Verdict;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Item analysis, kept as running sums so memory stays flat: per question the facility (mean points ÷ max), the
 * discrimination (point-biserial, i.e. Pearson, correlation of the question's share of points with the rest
 * score: the student's points on the other questions), for {@code choice} and {@code multi} how often each
 * option was picked, and flags for questions that look broken.
 */
public final class ItemStats {
    /** Below this a question is flagged: almost nobody gets it right. */
    static final double HARD = 0.10;
    /** Above this a question is flagged: almost everybody gets it right. */
    static final double EASY = 0.95;
    /** Below this a question is flagged: clearly negative discrimination, not noise around zero. */
    static final double NEGATIVE = -0.05;

    /** One question's figures. {@code options} is empty for kinds without options. */
    public record Item(
            String id,
            String type,
            long students,
            double facility,
            OptionalDouble discrimination,
            List<Option> options,
            long unanswered,
            long unreadable,
            List<String> flags) {}

    /** An option by its letter in file order, its text, and how many students picked it. */
    public record Option(String letter, String text, long picks) {}

    private final List<Question> questions;
    private final List<Map<String, Integer>> optionIndex = new ArrayList<>();
    private final long[][] picks;
    private final double[] sx;
    private final double[] sxx;
    private final double[] sy;
    private final double[] syy;
    private final double[] sxy;
    private final long[] unanswered;
    private final long[] unreadable;
    private long n;

    public ItemStats(List<Question> questions) {
        this.questions = List.copyOf(questions);
        int q = questions.size();
        picks = new long[q][];
        for (int i = 0; i < q; i++) {
            List<String> choices = questions.get(i) instanceof ChoiceQuestion c
                    ? c.choices()
                    : questions.get(i) instanceof MultiQuestion m ? m.choices() : null;
            Map<String, Integer> index = new HashMap<>();
            if (choices != null) {
                for (int k = 0; k < choices.size(); k++) {
                    index.putIfAbsent(choices.get(k), k);
                }
                picks[i] = new long[choices.size()];
            }
            optionIndex.add(index);
        }
        sx = new double[q];
        sxx = new double[q];
        sy = new double[q];
        syy = new double[q];
        sxy = new double[q];
        unanswered = new long[q];
        unreadable = new long[q];
    }

    public void add(GradedSheet g) {
        n++;
        double total = 0;
        for (Grade grade : g.grades()) {
            total += grade.earned();
        }
        for (int i = 0; i < g.grades().size(); i++) {
            Grade grade = g.grades().get(i);
            double x = grade.fraction();
            double y = total - grade.earned();
            sx[i] += x;
            sxx[i] += x * x;
            sy[i] += y;
            syy[i] += y * y;
            sxy[i] += x * y;
            if (grade.verdict() == Verdict.UNANSWERED) {
                unanswered[i]++;
            } else if (grade.rule() == Rule.UNREADABLE) {
                unreadable[i]++;
            } else if (picks[i] != null) {
                countPicks(i, grade.given());
            }
        }
    }

    private void countPicks(int i, String given) {
        Integer whole = optionIndex.get(i).get(given);
        if (whole != null) {
            picks[i][whole]++;
            return;
        }
        for (String part : given.split("; ", -1)) {
            Integer k = optionIndex.get(i).get(part);
            if (k != null) {
                picks[i][k]++;
            }
        }
    }

    public long students() {
        return n;
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            double facility = n == 0 ? 0 : sx[i] / n;
            OptionalDouble r = correlation(i);
            List<Option> options = new ArrayList<>();
            if (picks[i] != null) {
                List<String> choices = q instanceof ChoiceQuestion c ? c.choices() : ((MultiQuestion) q).choices();
                for (int k = 0; k < choices.size(); k++) {
                    options.add(new Option(String.valueOf((char) ('a' + k)), choices.get(k), picks[i][k]));
                }
            }
            List<String> flags = new ArrayList<>();
            if (n > 0) {
                if (r.isPresent() && r.getAsDouble() < NEGATIVE) {
                    flags.add("negative discrimination: students who do well elsewhere do worse here; check the key");
                }
                if (facility < HARD) {
                    flags.add("almost nobody right");
                } else if (facility > EASY) {
                    flags.add("almost everybody right");
                }
            }
            items.add(new Item(q.id(), q.typeName(), n, facility, r, options, unanswered[i], unreadable[i], flags));
        }
        return items;
    }

    /** Pearson's r of item share and rest score; empty when either does not vary. */
    private OptionalDouble correlation(int i) {
        double vx = n * sxx[i] - sx[i] * sx[i];
        double vy = n * syy[i] - sy[i] * sy[i];
        if (n < 2 || vx <= 1e-12 || vy <= 1e-12) {
            return OptionalDouble.empty();
        }
        double r = (n * sxy[i] - sx[i] * sy[i]) / Math.sqrt(vx * vy);
        return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
    }
}
