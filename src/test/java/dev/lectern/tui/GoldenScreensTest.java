package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole 80×24 screens compared exactly with text files in src/test/resources/screens (rows with trailing blanks
 * trimmed). After a deliberate change of layout, rewrite them with {@code -Dgolden.write=true}, read them, and
 * commit them.
 */
class GoldenScreensTest {
    private static final Path DIR = Path.of("src/test/resources/screens");

    private static void assertScreen(ScreenTester t, String name) throws IOException {
        Path file = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(file, t.text(), StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden screen " + file + "; write it with -Dgolden.write=true")
                .exists();
        assertThat(t.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void choiceQuestion() throws IOException {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        assertScreen(t, "question-choice");
    }

    @Test
    void feedbackOnAWrongChoice() throws IOException {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        t.type(Answering.letterOf(t, "Yuri Ushakov"));
        t.enter();
        assertScreen(t, "feedback-wrong-choice");
    }

    @Test
    void evidenceQuestion_withTheHintShown_andTheCursorOnSentence3_2() throws IOException {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.whoSaid(), AnsweringByKeysTest.question("save-lives-claim")));
        t.ctrl('t');
        t.type("jjj");
        assertScreen(t, "question-evidence");
    }

    @Test
    void matchQuestion_withLongItemsWrapped_andTwoPairsMade() throws IOException {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.whoSaid(), AnsweringByKeysTest.question("who-said-it")));
        t.type("a3b5");
        assertScreen(t, "question-match");
    }

    @Test
    void examReview() throws IOException {
        ScreenTester t = new ScreenTester(Fixtures.exam(Fixtures.istanbul()));
        Answering.right(t, Fixtures.istanbul().questions().get(0));
        t.ctrl('f');
        t.press(KeyType.Tab);
        t.press(KeyType.Escape);
        assertScreen(t, "exam-review");
    }

    @Test
    void leaveDialog_afterOneAnswer() throws IOException {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        Answering.right(t, Fixtures.istanbul().questions().get(0));
        t.enter();
        t.press(KeyType.Escape);
        assertScreen(t, "leave");
    }

    @Test
    void finishingAnExam_withQuestionsUnansweredAndFlagged_asks() throws IOException {
        ScreenTester t = new ScreenTester(Fixtures.exam(Fixtures.istanbul()));
        Answering.right(t, Fixtures.istanbul().questions().get(0));
        t.ctrl('f');
        t.press(KeyType.Escape);
        t.type("f");
        assertScreen(t, "finish-exam");
    }

    @Test
    void summary() throws IOException {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        Answering.right(t, Fixtures.istanbul().questions().get(0));
        t.enter();
        Answering.wrong(t, Fixtures.istanbul().questions().get(1));
        t.press(KeyType.Escape);
        t.type("f");
        assertScreen(t, "summary");
    }

    @Test
    void readerWithDoubleWidthText_wrapsByDisplayWidth() throws IOException {
        Article cjk = Article.fromText(
                "cjk.txt",
                String.join(
                        "\n",
                        List.of(
                                "東京で開かれた会議では、各国の代表が停戦の条件について長い時間をかけて話し合い、最終的に共同声明を発表した。",
                                "Mixed: the envoy said 「和平への道は遠い」 before leaving for 北京 on Friday.")));
        ScreenTester t = new ScreenTester(ReaderView.at("Tokyo talks", cjk, List.of(), Fixtures.home()));
        assertThat(t.rows()).allMatch(r -> Lines.width(r) <= 80);
        assertScreen(t, "reader-cjk");
    }

    @Test
    void feedbackOnAMulti_withOneRightAndOneWrongPick() throws IOException {
        ScreenTester t = new ScreenTester(
                Fixtures.only(Fixtures.istanbul(), AnsweringByKeysTest.question("delegation-members")));
        t.type(Answering.letterOf(t, "Alexander Fomin") + Answering.letterOf(t, "Sergey Lavrov"));
        t.enter();
        assertScreen(t, "feedback-multi");
    }

    @Test
    void feedbackOnAMatch_withTwoPairsSwapped() throws IOException {
        dev.lectern.model.MatchQuestion q =
                (dev.lectern.model.MatchQuestion) AnsweringByKeysTest.question("delegation-roles");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        Answering.pair(t, q, i -> i == 0 ? 1 : i == 1 ? 0 : i);
        t.enter();
        assertScreen(t, "feedback-match");
    }

    @Test
    void feedbackOnAnOrder_withOneItemOutOfPlace() throws IOException {
        dev.lectern.model.OrderQuestion q =
                (dev.lectern.model.OrderQuestion) AnsweringByKeysTest.question("road-to-istanbul");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        List<String> items = q.items();
        Answering.arrange(t, List.of(items.get(1), items.get(2), items.get(0), items.get(3), items.get(4)));
        t.enter();
        assertScreen(t, "feedback-order");
    }

    @Test
    void feedbackOnACloze_withABlankWrongAndOneEmpty() throws IOException {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.istanbul(), AnsweringByKeysTest.question("revive-2022-terms")));
        Answering.fillBlanks(t, List.of("Vladimir Medinsky", "2021", "army", ""));
        t.enter();
        assertScreen(t, "feedback-cloze");
    }

    @Test
    void readerSearch_highlightsEveryMatch_andCountsThem() throws IOException {
        ScreenTester t = new ScreenTester(Fixtures.home());
        t.type("r");
        t.type("/Medinsky");
        t.enter();
        t.type("n");
        assertScreen(t, "reader-search");
    }

    @Test
    void evidencePicker_afterAJumpToParagraph20_andASearchFromThere() throws IOException {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.whoSaid(), AnsweringByKeysTest.question("save-lives-claim")));
        t.type("20");
        t.enter();
        t.type("/trump");
        t.enter();
        assertScreen(t, "question-evidence-search");
    }

    @Test
    void evidencePicker_help_listsTheJumpAndTheSearch() throws IOException {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.whoSaid(), AnsweringByKeysTest.question("save-lives-claim")));
        t.type("?");
        assertScreen(t, "help-evidence");
    }
}
