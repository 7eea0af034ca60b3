package dev.lectern.schedule;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Leitner system (Sebastian Leitner, <i>So lernt man lernen</i>, 1972), with the doubling intervals its
 * software versions use: five boxes, reviewed every 1, 2, 4, 8 and 16 days.
 *
 * <ul>
 *   <li>A question never answered is in box 1, and due.</li>
 *   <li>A right answer to a due question moves it up one box (box 5 stays in box 5); it is next due the interval
 *       of its new box after the day it was answered: box 2 two days later, box 5 sixteen.</li>
 *   <li>Any other answer (wrong, partly right, unanswered) sends it back to box 1, due the next day.</li>
 *   <li>A right answer to a question that is not due yet (the set practised again before its review) leaves it
 *       where it is: as in Leitner's card box, a card moves up only when its compartment is reviewed, so practising
 *       the same set three times in one evening does not put its questions out of sight for weeks. A wrong answer
 *       always counts.</li>
 * </ul>
 *
 * Days are calendar days in the learner's time zone, chosen by the caller: "the next day" is the learner's next
 * day, not 24 hours later.
 */
public final class Leitner {
    /** How many boxes there are. */
    public static final int BOXES = 5;

    private Leitner() {}

    /** How many days a question in {@code box} waits for its next review: 1, 2, 4, 8 or 16. */
    public static int intervalDays(int box) {
        if (box < 1 || box > BOXES) {
            throw new IllegalArgumentException("a Leitner box is 1 to " + BOXES + ": " + box);
        }
        return 1 << (box - 1);
    }

    /**
     * Where a question goes after an answer on {@code day}: {@code before} is where it stood (empty when it was
     * never answered), {@code right} whether the answer was right.
     */
    public static Slot after(Optional<Slot> before, boolean right, LocalDate day) {
        if (!right) {
            return new Slot(1, day.plusDays(intervalDays(1)));
        }
        if (before.isPresent() && !before.get().isDueOn(day)) {
            return before.get();
        }
        int box = Math.min(BOXES, before.map(Slot::box).orElse(1) + 1);
        return new Slot(box, day.plusDays(intervalDays(box)));
    }
}
