package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A question's text form must not depend on hash order: the history keys "changed since" on a hash of it,
 * and Map.copyOf / Set.copyOf iterate in a different order in every JVM run.
 */
class StableTextTest {
    private static final QuestionHeader HEADER =
            new QuestionHeader("q", "p", List.of(), Optional.empty(), Optional.empty(), 1);

    @Test
    void feedback_keepsTheOrderWritten() {
        Map<String, String> feedback = new LinkedHashMap<>();
        for (String c : List.of("e", "d", "c", "b", "a")) {
            feedback.put(c, "no " + c);
        }
        ChoiceQuestion q = new ChoiceQuestion(HEADER, List.of("a", "b", "c", "d", "e"), 0, feedback, 0);
        assertThat(q.feedback().keySet()).containsExactly("e", "d", "c", "b", "a");
    }

    @Test
    void multiAnswers_areSorted() {
        MultiQuestion q = new MultiQuestion(
                HEADER, List.of("a", "b", "c", "d", "e"), Set.of(4, 0, 2), Map.of(), MultiScoring.RIGHT_MINUS_WRONG, 0);
        assertThat(q.answers()).containsExactly(0, 2, 4);
        assertThat(q.toString()).contains("answers=[0, 2, 4]");
    }
}
