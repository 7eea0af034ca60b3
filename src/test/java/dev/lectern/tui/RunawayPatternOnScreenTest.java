package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher's pattern that backtracks without end, met in the text UI (issue 17: the quiz crashed with a
 * StackOverflowError or hung, and the learner's answer was lost): the answer is graded wrong with the grader's
 * note, and the quiz goes on.
 */
class RunawayPatternOnScreenTest {
    private static QuestionSet runaway() {
        String yaml = """
                title: Runaway
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: p
                    type: short
                    prompt: Type it
                    answer: Medinsky
                    pattern: '(x+x+)+y'
                    evidence: { quote: "led by Vladimir Medinsky" }
                """;
        LoadResult r = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(yaml, Path.of("questions"), "q.yaml");
        return r.set().orElseThrow(() -> new AssertionError(r.problems()));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anAnswerThePatternBacktracksOn_isWrongWithTheNote_andTheQuizGoesOn() {
        QuestionSet set = runaway();
        // Tall enough to show the whole answer and the rule under it.
        ScreenTester t = new ScreenTester(Fixtures.only(set, set.questions().get(0)), Theme.colour(), 80, 120);
        t.type("x".repeat(3_000)).enter();
        String screen = String.join("\n", t.rows());
        assertThat(screen)
                .contains("Wrong 0 of 1 point", "Your answer: xxxxxxxx", "backtracks too much")
                .contains("Enter next");
    }
}
