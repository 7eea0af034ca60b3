package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Article;
import org.junit.jupiter.api.Test;

/** The article reader: paragraph numbers, scrolling, and '/' search. */
class ReaderViewTest {
    private final Article article = Fixtures.istanbul().article();
    private final StartView home = Fixtures.home();
    private final ScreenTester t = new ScreenTester(home);

    ReaderViewTest() {
        t.type("r");
    }

    @Test
    void opensAtTheTop_withParagraphNumbersInTheMargin() {
        assertThat(t.view()).isInstanceOf(ReaderView.class);
        assertThat(t.rows().get(0))
                .isEqualTo("Istanbul talks without Putin: who goes, who stays away · " + article.paragraphCount()
                        + " paragraphs");
        assertThat(t.rows().get(1)).startsWith("  1  Vladimir Putin will not travel to Istanbul");
    }

    @Test
    void arrowsAndPages_scroll() {
        t.press(KeyType.ArrowDown);
        assertThat(t.rows().get(1)).startsWith("     Zelenskiy, the Kremlin has said");
        t.press(KeyType.ArrowUp);
        assertThat(t.rows().get(1)).startsWith("  1  Vladimir Putin");
        t.press(KeyType.PageDown);
        assertThat(t.text()).doesNotContain("Vladimir Putin will not travel");
        t.press(KeyType.End);
        assertThat(t.text()).contains(String.format("%3d  ", article.paragraphCount()));
        t.press(KeyType.Home);
        assertThat(t.rows().get(1)).startsWith("  1  Vladimir Putin");
    }

    @Test
    void slashSearch_findsErdogan_inParagraph15() {
        t.type("/Erdoğan");
        assertThat(t.rows().get(23)).isEqualTo("/Erdoğan");
        t.enter();

        assertThat(t.rows().get(2)).startsWith(" 15  Zelenskiy was en route to Ankara");
        assertThat(t.flat()).contains("Recep Tayyip Erdoğan");
    }

    @Test
    void n_goesToTheNextMatch_countingThem_andWrapsRound() {
        long all = article.paragraphs().stream()
                .mapToLong(p -> occurrences(p.text(), "istanbul"))
                .sum();
        t.type("/Istanbul");
        t.enter();
        assertThat(t.rows().get(1)).startsWith("  1  Vladimir Putin will not travel to Istanbul");
        assertThat(t.rows().get(0)).endsWith("match 1 of " + all);
        int previous = 1;
        for (int i = 2; i <= all; i++) {
            t.type("n");
            assertThat(t.rows().get(0)).endsWith("match " + i + " of " + all);
            int shown = firstParagraphShown();
            assertThat(shown).isGreaterThanOrEqualTo(previous);
            previous = shown;
        }
        t.type("n");
        assertThat(t.rows().get(0)).endsWith("match 1 of " + all);
        assertThat(t.rows().get(1)).startsWith("  1  Vladimir Putin will not travel to Istanbul");
        t.type("N");
        assertThat(t.rows().get(0)).endsWith("match " + all + " of " + all);
    }

    private static long occurrences(String text, String lower) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        long n = 0;
        for (int i = t.indexOf(lower); i >= 0; i = t.indexOf(lower, i + lower.length())) {
            n++;
        }
        return n;
    }

    private int firstParagraphShown() {
        for (String row : t.rows().subList(1, 23)) {
            if (row.matches("^ {0,2}\\d+  .*")) {
                return Integer.parseInt(row.substring(0, 3).strip());
            }
        }
        throw new AssertionError("no paragraph number on\n" + t);
    }

    @Test
    void searchForSomethingAbsent_saysSo() {
        t.type("/zanzibar");
        t.enter();

        assertThat(t.rows().get(23)).isEqualTo("Not found: zanzibar");
        assertThat(t.rows().get(1)).startsWith("  1  Vladimir Putin");
    }

    @Test
    void escape_goesBack() {
        t.press(KeyType.Escape);
        assertThat(t.view()).isSameAs(home);
    }

    @Test
    void ctrlR_onAQuestion_opensTheArticleWithNothingHighlighted_soTheAnswerIsNotGivenAway() {
        ScreenTester q =
                new ScreenTester(Fixtures.only(Fixtures.istanbul(), AnsweringByKeysTest.question("delegation-lead")));
        q.ctrl('r');

        assertThat(q.view()).isInstanceOf(ReaderView.class);
        assertThat(q.rows().get(1)).startsWith("  1  ");
        assertThat(q.runs(c -> c.getBackgroundColor() == com.googlecode.lanterna.TextColor.ANSI.YELLOW))
                .isEmpty();
    }

    @Test
    void search_highlightsEveryMatchInSight_theCurrentOneReversed() {
        java.util.function.Predicate<com.googlecode.lanterna.TextCharacter> cyan =
                c -> c.getBackgroundColor() == com.googlecode.lanterna.TextColor.ANSI.CYAN;
        t.type("/medinsky");
        t.enter();

        // Paragraphs 2, 9 and 10 name him; the first is the current match, the others are below the screen.
        assertThat(t.rows().get(0)).endsWith("match 1 of 3");
        assertThat(t.rowOf("  2  In a statement"))
                .as("already in sight: no scrolling")
                .isEqualTo(5);
        assertThat(t.runs(com.googlecode.lanterna.TextCharacter::isReversed)).containsExactly("Medinsky");
        assertThat(t.runs(cyan)).isEmpty();
        t.type("n");

        assertThat(t.rows().get(0)).endsWith("match 2 of 3");
        assertThat(t.rows().get(2)).startsWith("  9  Medinsky");
        assertThat(t.runs(com.googlecode.lanterna.TextCharacter::isReversed)).containsExactly("Medinsky");
        assertThat(t.cell(5, 2).isReversed()).isTrue();
        assertThat(t.runs(cyan)).as("paragraph 10's, in sight").containsExactly("Medinsky");
    }

    @Test
    void theTitle_isTheSetsTitle_cutShortBeforeTheMatchCount_neverTheFileName() {
        t.type("/Istanbul");
        t.enter();
        assertThat(t.rows().get(0))
                .startsWith("Istanbul talks without Putin")
                .contains("…", " · 29 paragraphs")
                .doesNotContain(article.name())
                .matches(".*match 1 of \\d+$");
    }
}
