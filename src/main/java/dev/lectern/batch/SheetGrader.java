package dev.lectern.batch;

import dev.lectern.engine.AnswerKey;
import dev.lectern.engine.Grade;
import dev.lectern.engine.Presentation;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Grades whole sheets with the engine, every question as written in the file (letters mean the file's order).
 * A question the sheet does not answer is unanswered. Each question is compiled into its answer key once, when
 * the grader is made, and the grades of answers that come back are remembered ({@link GradeMemo}); sheets may be
 * graded on any number of threads at once. Totals follow the text UI: penalties never take the total
 * below zero unless the set allows it.
 */
public final class SheetGrader {
    private final QuestionSet set;
    private final List<AnswerKey> keys = new ArrayList<>();
    private final List<Presentation> shown = new ArrayList<>();
    private final OptionalDouble passMark;
    private final GradeMemo memo;
    private final Set<String> ids = new HashSet<>();

    /** {@code pass} overrides the set's {@code pass:} mark (a fraction in [0, 1]) when present. */
    public SheetGrader(QuestionSet set, OptionalDouble pass) {
        this(set, pass, GradeMemo.slotsPerQuestion(set.questions().size()));
    }

    /** With {@code memoSlots} slots a question in the memo of grades (a power of two; tests make them few). */
    SheetGrader(QuestionSet set, OptionalDouble pass, int memoSlots) {
        this.set = set;
        for (Question q : set.questions()) {
            keys.add(AnswerKey.of(q, set.article()));
            shown.add(Presentation.asWritten(q));
        }
        this.passMark = pass.isPresent() ? pass : set.passMark();
        set.questions().forEach(q -> ids.add(q.id()));
        this.memo = new GradeMemo(set.questions().size(), memoSlots);
    }

    public QuestionSet set() {
        return set;
    }

    public OptionalDouble passMark() {
        return passMark;
    }

    /** Whether every answer of {@code sheet} is to a question of the set (else the run warns of the others). */
    boolean knowsEveryId(Sheet sheet) {
        return ids.containsAll(sheet.answers().keySet());
    }

    public GradedSheet grade(Sheet sheet) {
        List<Grade> grades = new ArrayList<>(set.questions().size());
        double score = 0;
        double max = 0;
        for (int i = 0; i < set.questions().size(); i++) {
            Question q = set.questions().get(i);
            String answer = sheet.answers().get(q.id());
            if (answer == null) {
                answer = ""; // not answered: graded as blank, as the key grades null
            }
            Grade g = memo.get(i, answer);
            if (g == null) {
                g = keys.get(i).grade(shown.get(i), answer);
                memo.put(i, answer, g);
            }
            grades.add(g);
            score += g.earned();
            max += g.possible();
        }
        if (!set.negativeTotal()) {
            score = Math.max(0, score);
        }
        Optional<Boolean> passed =
                passMark.isPresent() ? Optional.of(score >= passMark.getAsDouble() * max - 1e-9) : Optional.empty();
        return new GradedSheet(sheet, grades, score, max, passed);
    }
}
