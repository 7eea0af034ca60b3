package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Match questions with ten or more right items: two-digit numbers pick the items past 9. */
class MatchInputTest {
    private static QuestionSet twelvePairs() {
        String pairs = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "      left" + i + ": right" + i)
                .collect(Collectors.joining("\n"));
        String yaml = "title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n"
                + "  - id: twelve\n    type: match\n    prompt: Match them.\n    pairs:\n" + pairs + "\n";
        LoadResult r = new QuestionSetLoader(new ArticleLibrary(List.of(Path.of("seeds"))))
                .load(yaml, Path.of("questions"), "q.yaml");
        return r.set().orElseThrow(() -> new AssertionError(r.problems()));
    }

    @Test
    void twelveRightItems_allCanBePickedByNumber_andTheAnswerIsRight() {
        QuestionSet set = twelvePairs();
        MatchQuestion q = (MatchQuestion) set.questions().get(0);
        ScreenTester t = new ScreenTester(
                new QuestionView(Fixtures.quiz(
                        set, new SessionOptions(SessionOptions.Mode.PRACTICE, true, Fixtures.SEED, Optional.empty()))),
                Theme.colour(),
                80,
                30);
        List<String> numbers = Answering.rightNumbers(
                t, q.pairs().stream().map(MatchQuestion.Pair::right).toList());
        assertThat(numbers).contains("10", "11", "12");

        Answering.pair(t, q, i -> i);
        assertThat(t.text()).contains("l) left12 → " + numbers.get(11));
        t.enter();

        assertThat(t.rows().get(2)).startsWith("✓ Correct");
    }

    @Test
    void oneThenALetter_leavesItemOne() {
        QuestionSet set = twelvePairs();
        ScreenTester t = new ScreenTester(
                new QuestionView(Fixtures.quiz(set, Fixtures.options(SessionOptions.Mode.PRACTICE))),
                Theme.colour(),
                80,
                30);
        t.type("a1c");
        assertThat(t.text()).contains("a) left1 → 1", "b) left2 → ?");
        t.type("12");
        assertThat(t.text()).contains("c) left3 → 12", "d) left4 → ?");
    }
}
