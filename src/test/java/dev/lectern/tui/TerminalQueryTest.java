package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import org.junit.jupiter.api.Test;

class TerminalQueryTest {
    @Test
    void size_rowsThenColumns_isColumnsByRows() {
        assertThat(TerminalQuery.size("24 80\n")).contains(new TerminalSize(80, 24));
        assertThat(TerminalQuery.size("50 200")).contains(new TerminalSize(200, 50));
    }

    @Test
    void size_zeroOrGarbage_isUnknown() {
        // A terminal that does not know its size (a serial line) says "0 0".
        assertThat(TerminalQuery.size("0 0")).isEmpty();
        assertThat(TerminalQuery.size("24")).isEmpty();
        assertThat(TerminalQuery.size("stty: standard input: Inappropriate ioctl for device"))
                .isEmpty();
    }

    @Test
    void start_notATerminal_answersNothing() {
        TerminalQuery query = TerminalQuery.start(new File("/dev/null"));
        assertThat(query.modes()).isEmpty();
        assertThat(query.size()).isEmpty();
    }

    @Test
    void rehearsal_drawsWithoutTouchingTheTerminal() {
        assertThat(Rehearsal.run(Fixtures.practice(Fixtures.istanbul()), Theme.colour(), () -> {}))
                .isZero();
    }
}
