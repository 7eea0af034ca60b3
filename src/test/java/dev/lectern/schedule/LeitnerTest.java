package dev.lectern.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.testing.ForAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Leitner's boxes over simulated days. */
class LeitnerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static Optional<Slot> in(int box, LocalDate due) {
        return Optional.of(new Slot(box, due));
    }

    /** A random place in the schedule (or none) and an answer day around its due day. */
    private record Case(Optional<Slot> before, boolean right, LocalDate day) {}

    private static Case randomCase(Random r) {
        LocalDate day = DAY.plusDays(r.nextInt(400));
        Optional<Slot> before = r.nextInt(5) == 0
                ? Optional.empty()
                : in(1 + r.nextInt(Leitner.BOXES), day.plusDays(r.nextInt(33) - 16));
        return new Case(before, r.nextBoolean(), day);
    }

    @Test
    void leitner_intervals_doubleFromOneDayToSixteen() {
        assertThat(List.of(1, 2, 3, 4, 5)).extracting(Leitner::intervalDays).containsExactly(1, 2, 4, 8, 16);
        assertThatThrownBy(() -> Leitner.intervalDays(6)).hasMessage("a Leitner box is 1 to 5: 6");
        assertThatThrownBy(() -> new Slot(0, DAY)).hasMessage("a Leitner box is 1 to 5: 0");
    }

    @Test
    void leitner_newQuestion_answeredRight_goesToBoxTwo_dueInTwoDays() {
        assertThat(Leitner.after(Optional.empty(), true, DAY)).isEqualTo(new Slot(2, DAY.plusDays(2)));
    }

    @Test
    void leitner_newQuestion_answeredWrong_staysInBoxOne_dueTheNextDay() {
        assertThat(Leitner.after(Optional.empty(), false, DAY)).isEqualTo(new Slot(1, DAY.plusDays(1)));
    }

    @Test
    void leitner_wrongAnswer_returnsToFirstBox_dueTheNextDay() {
        ForAll.check(
                11,
                500,
                LeitnerTest::randomCase,
                c -> assertThat(Leitner.after(c.before(), false, c.day()))
                        .isEqualTo(new Slot(1, c.day().plusDays(1))));
    }

    @Test
    void leitner_rightAnswer_whenDue_movesUpOneBox_dueAfterItsInterval() {
        ForAll.check(12, 500, LeitnerTest::randomCase, c -> {
            if (c.before().isPresent() && c.before().get().isDueOn(c.day())) {
                int box = Math.min(5, c.before().get().box() + 1);
                assertThat(Leitner.after(c.before(), true, c.day()))
                        .isEqualTo(new Slot(box, c.day().plusDays(Leitner.intervalDays(box))));
            }
        });
    }

    @Test
    void leitner_rightAnswer_inTheLastBox_staysThere_dueInSixteenDays() {
        assertThat(Leitner.after(in(5, DAY), true, DAY.plusDays(3))).isEqualTo(new Slot(5, DAY.plusDays(19)));
    }

    @Test
    void leitner_rightAnswer_beforeItIsDue_leavesTheQuestionWhereItWas() {
        assertThat(Leitner.after(in(3, DAY.plusDays(1)), true, DAY)).isEqualTo(new Slot(3, DAY.plusDays(1)));
        ForAll.check(13, 500, LeitnerTest::randomCase, c -> {
            if (c.before().isPresent() && !c.before().get().isDueOn(c.day())) {
                assertThat(Leitner.after(c.before(), true, c.day()))
                        .isEqualTo(c.before().get());
            }
        });
    }

    @Test
    void leitner_anyAnswer_keepsTheBoxInRange_andDueAfterTheDayAnswered_unlessLeftWhereItWas() {
        ForAll.check(14, 1000, LeitnerTest::randomCase, c -> {
            Slot next = Leitner.after(c.before(), c.right(), c.day());
            assertThat(next.box()).isBetween(1, 5);
            if (!c.before().equals(Optional.of(next))) {
                assertThat(next.due()).isAfter(c.day());
                assertThat(next.due()).isEqualTo(c.day().plusDays(Leitner.intervalDays(next.box())));
            }
        });
    }

    @Test
    void leitner_alwaysRightOnTheDueDay_comesBackAfter2_4_8_16_16Days() {
        Optional<Slot> slot = Optional.empty();
        LocalDate day = DAY;
        List<Long> gaps = new ArrayList<>();
        for (int review = 0; review < 6; review++) {
            Slot next = Leitner.after(slot, true, day);
            gaps.add(next.due().toEpochDay() - day.toEpochDay());
            slot = Optional.of(next);
            day = next.due();
        }
        assertThat(gaps).containsExactly(2L, 4L, 8L, 16L, 16L, 16L);
    }

    @Test
    void leitner_reviewedLate_stillMovesUpOneBox_countingFromTheDayAnswered() {
        assertThat(Leitner.after(in(2, DAY), true, DAY.plusDays(10))).isEqualTo(new Slot(3, DAY.plusDays(14)));
    }

    @Test
    void card_sameSession_answeredAgain_replacesThatSessionsAnswer() {
        ForAll.check(15, 500, r -> new Object[] {randomCase(r), r.nextBoolean(), r.nextBoolean()}, o -> {
            Case c = (Case) o[0];
            Optional<Card> card = c.before().map(s -> new Card(s, "earlier", Optional.empty()));
            Card once = Card.answered(card, "now", (Boolean) o[2], c.day());
            Card twice = Card.answered(
                    Optional.of(Card.answered(card, "now", (Boolean) o[1], c.day())), "now", (Boolean) o[2], c.day());
            assertThat(twice).isEqualTo(once);
        });
    }

    @Test
    void card_wrongThenIWasRight_inOneSession_countsAsOneRightAnswer() {
        Card start = new Card(new Slot(2, DAY), "monday", Optional.empty());
        Card wrong = Card.answered(Optional.of(start), "today", false, DAY);
        assertThat(wrong.slot()).isEqualTo(new Slot(1, DAY.plusDays(1)));
        Card overridden = Card.answered(Optional.of(wrong), "today", true, DAY);
        assertThat(overridden).isEqualTo(new Card(new Slot(3, DAY.plusDays(4)), "today", Optional.of(start.slot())));
    }

    @Test
    void card_aNewSession_startsFromWhereTheLastOneLeftIt() {
        Card first = Card.answered(Optional.empty(), "one", false, DAY);
        Card second = Card.answered(Optional.of(first), "two", true, DAY.plusDays(1));
        assertThat(second)
                .isEqualTo(new Card(new Slot(2, DAY.plusDays(3)), "two", Optional.of(new Slot(1, DAY.plusDays(1)))));
    }

    @Test
    void card_needsASession() {
        assertThatThrownBy(() -> new Card(new Slot(1, DAY), " ", Optional.empty()))
                .hasMessage("a card needs the session that placed it");
    }
}
