package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NO_COLOR: the monochrome theme uses no colours at all, and what matters still stands out. */
class ThemeTest {
    @Test
    void monochrome_everyStyleUsesTheDefaultColours() {
        for (Style s : Style.values()) {
            Theme.Look look = Theme.monochrome().look(s);
            assertThat(look.foreground()).as(s.name()).isEqualTo(TextColor.ANSI.DEFAULT);
            assertThat(look.background()).as(s.name()).isEqualTo(TextColor.ANSI.DEFAULT);
        }
    }

    @Test
    void monochrome_theStylesThatCarryMeaning_standOutWithoutColour() {
        for (Style s : List.of(
                Style.TITLE,
                Style.KEY,
                Style.SELECTED,
                Style.HIGHLIGHT,
                Style.RIGHT,
                Style.WRONG,
                Style.PARTIAL,
                Style.INPUT)) {
            assertThat(Theme.monochrome().look(s).modifiers()).as(s.name()).isNotEmpty();
        }
        assertThat(Theme.monochrome().look(Style.HIGHLIGHT).modifiers()).contains(SGR.REVERSE);
    }

    @Test
    void colour_andMonochrome_defineEveryStyle() {
        for (Style s : Style.values()) {
            assertThat(Theme.colour().look(s)).as(s.name()).isNotNull();
            assertThat(Theme.monochrome().look(s)).as(s.name()).isNotNull();
        }
    }

    @Test
    void monochrome_screens_haveNoColouredCell() {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()), Theme.monochrome(), 80, 24);
        List<TextCharacter> cells = new ArrayList<>();
        collect(t, cells);
        Answering.wrong(t, Fixtures.istanbul().questions().get(0));
        collect(t, cells);
        t.press(com.googlecode.lanterna.input.KeyType.Escape);
        collect(t, cells);

        assertThat(cells)
                .allMatch(c -> c.getForegroundColor() == TextColor.ANSI.DEFAULT
                        && c.getBackgroundColor() == TextColor.ANSI.DEFAULT);
        assertThat(cells).anyMatch(TextCharacter::isReversed).anyMatch(TextCharacter::isBold);
    }

    private static void collect(ScreenTester t, List<TextCharacter> cells) {
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 80; c++) {
                cells.add(t.cell(c, r));
            }
        }
    }
}
