package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Control characters in a set's text reach the screen escaped: Lanterna refuses to draw them ("Cannot create a
 * TextCharacter from a control character"), and a raw ESC would be the terminal's to obey.
 */
class ControlCharactersOnScreenTest {
    /** ESC ] 0 ; PWNED BEL retitles a terminal; NUL and DEL besides. */
    private static QuestionSet hostile() {
        String yaml = """
                title: "Set \\e]0;PWNED\\a"
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: "Who \\e[31mleads\\0?"
                    choices: ["Vladimir Medinsky", "Sergey\\x7FLavrov"]
                    answer: Vladimir Medinsky
                    evidence: { quote: "led by Vladimir Medinsky" }
                """;
        LoadResult r = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(yaml, Path.of("questions"), "q.yaml");
        return r.set().orElseThrow(() -> new AssertionError(r.problems()));
    }

    @Test
    void aQuestionWithEscBelNulAndDel_isDrawnWithThemEscaped() {
        QuestionSet set = hostile();
        ScreenTester t = new ScreenTester(Fixtures.only(set, set.questions().get(0)));
        String screen = String.join("\n", t.rows());
        assertThat(screen)
                .contains("Who \\u001B[31mleads\\u0000?", "Sergey\\u007FLavrov")
                .doesNotContain("\u001b", "\u0007", "\u0000", "\u007f");
    }

    @Test
    void theFeedbackScreen_showsTheAnswerEscapedToo() {
        QuestionSet set = hostile();
        ScreenTester t = new ScreenTester(Fixtures.only(set, set.questions().get(0)));
        t.type("b").enter();
        assertThat(String.join("\n", t.rows())).contains("Sergey\\u007FLavrov").doesNotContain("\u007f");
    }

    @Test
    void aBidiOverrideInAPromptOrChoice_isDrawnEscaped_notReorderingTheScreen() {
        String yaml = """
                title: "Set \\u202Eevil"
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: choice
                    prompt: "Who \\u2067leads\\u2069?"
                    choices: ["Vladimir Medinsky", "Sergey\\u202DLavrov"]
                    answer: Vladimir Medinsky
                    evidence: { quote: "led by Vladimir Medinsky" }
                """;
        LoadResult r = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(yaml, Path.of("questions"), "q.yaml");
        QuestionSet set = r.set().orElseThrow(() -> new AssertionError(r.problems()));
        ScreenTester t = new ScreenTester(Fixtures.only(set, set.questions().get(0)));
        String screen = String.join("\n", t.rows());
        assertThat(screen)
                .contains("Who \\u2067leads\\u2069?", "Sergey\\u202DLavrov")
                .doesNotContainPattern("[\u202A-\u202E\u2066-\u2069]");
    }

    @Test
    void theReviewScreens_showTheSetsTitleAndFileEscaped() {
        QuestionSet set = hostile();
        ReviewQueue review = new ReviewQueue(
                List.of(new ReviewQueue.Part("questions/\u202Eevil\u001b.yaml", set, List.of("lead"))),
                Fixtures.options(SessionOptions.Mode.PRACTICE),
                Fixtures.CLOCK,
                a -> {});
        ScreenTester t = new ScreenTester(review);
        assertThat(String.join("\n", t.rows()))
                .contains("› Set \\u001B]0;PWNED\\u0007", "1 question due · questions/\\u202Eevil\\u001B.yaml")
                .doesNotContainPattern("[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]");
        t.enter();
        assertThat(String.join("\n", t.rows()))
                .contains("Set \\u001B]0;PWNED\\u0007")
                .doesNotContainPattern("[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]");
    }
}
