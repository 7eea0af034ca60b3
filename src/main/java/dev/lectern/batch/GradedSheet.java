package dev.lectern.batch;

import dev.lectern.engine.Grade;
import java.util.List;
import java.util.Optional;

/** A graded sheet: one grade per question of the set, in set order; the total; pass or fail when a mark applies. */
public record GradedSheet(Sheet sheet, List<Grade> grades, double score, double max, Optional<Boolean> passed) {
    public double percent() {
        return max == 0 ? 0 : 100 * score / max;
    }
}
