package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceExcerptTest {
    @Test
    void shortLine_isShownWhole_withTheCaretUnderTheColumn() {
        assertThat(SourceExcerpt.around("title: [T", 8, 80)).containsExactly("title: [T", "       ^");
    }

    @Test
    void caretJustPastTheEnd_staysOnTheLine() {
        assertThat(SourceExcerpt.around("title: \"T", 10, 80)).containsExactly("title: \"T", "         ^");
    }

    @Test
    void tabs_areKeptInTheCaretLine() {
        assertThat(SourceExcerpt.around("\tx: y", 5, 80)).containsExactly("\tx: y", "\t   ^");
    }

    @Test
    void longLine_isCutAroundTheColumn_withAnEllipsisEachSide() {
        String line = "0123456789".repeat(10);
        // Column 51 is the '0' at index 50: ten characters of context before it, after the ellipsis.
        assertThat(SourceExcerpt.around(line, 51, 20)).containsExactly("…012345678901234567…", "           ^");
    }

    @Test
    void columnNearTheStart_showsTheStart() {
        String line = "0123456789".repeat(10);
        assertThat(SourceExcerpt.around(line, 3, 20)).containsExactly("0123456789012345678…", "  ^");
    }

    @Test
    void columnNearTheEnd_fillsTheWidthUpToTheEnd() {
        String line = "0123456789".repeat(10);
        assertThat(SourceExcerpt.around(line, 99, 20)).containsExactly("…1234567890123456789", "                  ^");
    }

    @Test
    void codePointsCountAsOneColumn() {
        String line = "\uD83D\uDE00".repeat(50);
        assertThat(SourceExcerpt.around(line, 26, 20).get(0).codePoints().count())
                .isEqualTo(20);
        assertThat(SourceExcerpt.around(line, 26, 20).get(1)).isEqualTo("           ^");
    }

    @Test
    void widthBelowTwenty_isTakenAsTwenty() {
        assertThat(SourceExcerpt.around("0123456789".repeat(10), 51, 5).get(0)).hasSize(20);
    }
}
