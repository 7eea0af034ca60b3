package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Article;
import dev.lectern.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence cursor of evidence questions: moving, scrolling, the reference shown, and what Enter submits. */
class EvidenceInputTest {
    private final Question question = AnsweringByKeysTest.question("maximalist-demands");
    private final Article article = Fixtures.istanbul().article();
    private final ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), question));

    /** The text of the selected (reverse) cells below the header, rows joined by a space. */
    private String selected() {
        List<String> runs = t.runs(TextCharacter::isReversed);
        return String.join(" ", runs.subList(0, runs.size()));
    }

    @Test
    void startsOnTheFirstSentence_selectedAndNamed() {
        assertThat(t.text()).contains("Selected: sentence 1.1  (1 of 1 in ¶ 1)");
        assertThat(selected()).isEqualTo(article.paragraph(1).sentence(1));
    }

    @Test
    void downAndJ_moveSentenceBySentence_acrossParagraphs() {
        t.press(KeyType.ArrowDown);
        assertThat(t.text()).contains("sentence 2.1");
        t.type("j");
        assertThat(t.text()).contains("sentence 3.1  (1 of 2 in ¶ 3)");
        assertThat(selected()).isEqualTo(article.paragraph(3).sentence(1));
        t.type("j");
        assertThat(t.text()).contains("sentence 3.2  (2 of 2 in ¶ 3)");
        assertThat(selected()).isEqualTo(article.paragraph(3).sentence(2));
        t.type("j");
        assertThat(t.text()).contains("sentence 4.1");
    }

    @Test
    void upAndK_moveBack_toTheLastSentenceOfThePreviousParagraph() {
        t.type("jjjj");
        assertThat(t.text()).contains("sentence 4.1");
        t.type("k");
        assertThat(t.text()).contains("sentence 3.2");
        t.press(KeyType.ArrowUp);
        assertThat(t.text()).contains("sentence 3.1");
        t.press(KeyType.ArrowUp, 5);
        assertThat(t.text()).contains("sentence 1.1");
    }

    @Test
    void pageKeys_jumpParagraphs_andHomeEndGoToTheEnds() {
        t.press(KeyType.PageDown, 3);
        assertThat(t.text()).contains("sentence 4.1");
        t.type("j");
        t.press(KeyType.PageUp);
        assertThat(t.text()).contains("sentence 3.1");
        t.press(KeyType.End);
        int last = article.paragraphCount();
        assertThat(t.text())
                .contains("sentence " + last + "." + article.paragraph(last).sentenceCount());
        t.press(KeyType.PageDown);
        assertThat(t.text()).contains("sentence " + last + ".");
        t.press(KeyType.Home);
        assertThat(t.text()).contains("sentence 1.1");
    }

    @Test
    void paragraphNumbers_standInTheMargin() {
        assertThat(t.rows())
                .anyMatch(r -> r.startsWith("  1  Vladimir Putin will not travel"))
                .anyMatch(r -> r.startsWith("  2  In a statement late on Wednesday"));
    }

    @Test
    void theViewScrolls_toKeepTheCursorInSight() {
        t.press(KeyType.PageDown, 27);

        assertThat(t.text()).contains("sentence 28.1");
        assertThat(t.rows())
                .anyMatch(r -> r.startsWith(" 28  Russian officials have indicated"))
                .noneMatch(r -> r.startsWith("  1  "));
        assertThat(selected()).isEqualTo(article.paragraph(28).sentence(1));
        t.press(KeyType.Home);
        assertThat(t.rows()).anyMatch(r -> r.startsWith("  1  Vladimir Putin"));
    }

    @Test
    void enter_submitsTheReference() {
        t.press(KeyType.PageDown, 27);
        t.enter();

        assertThat(t.view()).isInstanceOf(FeedbackView.class);
        assertThat(t.flat()).contains("✓ Correct 1 of 1 point", "Your answer: 28.1");
    }

    @Test
    void questionMark_opensTheHelp_withTheCursorKeys() {
        t.type("?");
        assertThat(t.view()).isInstanceOf(HelpView.class);
        assertThat(t.text()).contains("↑↓", "sentence", "j k", "PgUp/Dn", "paragraph", "Enter", "choose");
    }

    @Test
    void footer_fitsTheCursorKeysAndTheHint_andLeavesOutCtrlR_sinceTheArticleIsOnScreen() {
        assertThat(t.rows().get(23))
                .isEqualTo("↑↓ sentence  PgUp/Dn paragraph  Enter choose  / search  Ctrl-T hint  Esc leave");
    }

    @Test
    void aParagraphNumberAndEnter_jumpToItsFirstSentence_withoutChoosing() {
        t.type("23");
        assertThat(t.text()).contains("go to ¶ 23 (Enter)");
        t.enter();

        assertThat(t.view()).isInstanceOf(QuestionView.class);
        assertThat(t.text()).contains("Selected: sentence 23.1").doesNotContain("go to ¶");
        assertThat(selected()).isEqualTo(article.paragraph(23).sentence(1));
        t.enter();
        assertThat(t.view()).isInstanceOf(FeedbackView.class);
        assertThat(t.flat()).contains("Your answer: 23.1");
    }

    @Test
    void aParagraphThatIsNotThere_saysSo_andTheCursorStays() {
        t.type("99");
        t.enter();
        assertThat(t.text())
                .contains("Selected: sentence 1.1", "no paragraph 99 (1 to " + article.paragraphCount() + ")");
    }

    @Test
    void slashSearch_putsTheCursorOnTheSentenceOfTheFirstMatch_andNStepsThroughTheRest() {
        t.type("jjjj");
        t.type("/witkoff");
        assertThat(t.text()).contains("/witkoff");
        t.enter();

        assertThat(t.view()).isInstanceOf(QuestionView.class);
        List<Integer> with = article.paragraphs().stream()
                .filter(x -> x.text().contains("Witkoff"))
                .map(dev.lectern.article.Paragraph::number)
                .toList();
        assertThat(with).hasSizeGreaterThan(1);
        assertThat(t.text()).contains("Selected: sentence " + with.get(0) + ".", "match 1 of ");
        assertThat(selected()).contains("Witkoff");
        assertThat(t.rows().get(7)).startsWith(String.format("%3d  ", with.get(0)));
        t.type("n");
        assertThat(t.text()).contains("match 2 of ");
        assertThat(selected()).contains("Witkoff");
    }

    @Test
    void escDropsTheSearchFirst_notTheQuiz() {
        t.type("/Istan");
        t.press(KeyType.Escape);
        assertThat(t.view()).isInstanceOf(QuestionView.class);
        assertThat(t.text()).doesNotContain("/Istan");
    }

    @Test
    void theHelpListsSearchAndTheJumpToAParagraph() {
        t.type("?");
        assertThat(t.text())
                .contains("35 Enter      go to ¶ 35", "/             search", "n N           next/previous match");
    }
}
