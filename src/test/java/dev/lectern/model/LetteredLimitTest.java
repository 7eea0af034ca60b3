package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The records refuse what answer sheets cannot name by one letter, whoever builds them (loader, importers). */
class LetteredLimitTest {
    private static final QuestionHeader HEADER =
            new QuestionHeader("q", "p", List.of(), Optional.empty(), Optional.empty(), 1);

    private static List<String> texts(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "step " + i).toList();
    }

    @Test
    void anOrderQuestionWith27Items_isRefused_with26ItWorks() {
        assertThatThrownBy(() -> new OrderQuestion(HEADER, texts(27), OrderScoring.PAIRS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an order question has at most 26 items (labelled a to z); found 27: split it into two"
                        + " questions");
        assertThat(new OrderQuestion(HEADER, texts(26), OrderScoring.PAIRS).items())
                .hasSize(26);
    }

    @Test
    void theMessageSaysAOrAn_afterTheType() {
        assertThat(Letters.tooMany("match", 30, "pairs")).startsWith("a match question");
        assertThat(Letters.tooMany("order", 27, "items")).startsWith("an order question");
    }
}
