package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Word wrapping by display width. */
class LinesTest {
    @Test
    void wrapsAtSpaces_droppingTheBreakingSpace() {
        assertThat(Lines.wrapText("the quick brown fox", 10)).containsExactly("the quick", "brown fox");
    }

    @Test
    void doubleWidthChars_countTwice() {
        assertThat(Lines.wrapText("日本語の文章", 6)).containsExactly("日本語", "の文章");
        assertThat(Lines.wrapText("ab 日本語", 6)).containsExactly("ab", "日本語");
    }

    @Test
    void aWordLongerThanTheLine_isCut() {
        assertThat(Lines.wrapText("abcdefgh", 3)).containsExactly("abc", "def", "gh");
    }

    @Test
    void aDoubleWidthCharWiderThanTheLine_goesAlone_insteadOfLoopingForever() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertThat(Lines.wrapText("日本", 1)).containsExactly("日", "本"));
    }

    @Test
    void newlines_breakLines_andEmptyTextIsOneEmptyLine() {
        assertThat(Lines.wrapText("one\ntwo", 20)).containsExactly("one", "two");
        assertThat(Lines.wrap("", 20)).containsExactly(new Lines.Range(0, 0));
    }
}
