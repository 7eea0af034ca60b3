package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Test helper: a view on Lanterna's headless {@link DefaultVirtualTerminal}, driven key by key through the real
 * {@link ScreenLoop} (so {@code ?}, Ctrl-C and the too-small notice behave as in the terminal), and read back
 * as text and cells. Public, so the commands' tests can drive the views they open.
 */
public final class ScreenTester {
    private final DefaultVirtualTerminal terminal;
    private final ScreenLoop loop;
    private View view;

    public ScreenTester(View first) {
        this(first, Theme.colour(), 80, 24);
    }

    ScreenTester(View first, Theme theme, int columns, int rows) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            loop = new ScreenLoop(screen, theme);
            view = first;
            draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public View view() {
        return view;
    }

    /** Draws {@code notices} over the views, as the terminal's loop does (the history was damaged, say). */
    public ScreenTester showingNotices(java.util.function.Supplier<java.util.Optional<String>> notices) {
        loop.showingNotices(notices);
        return draw();
    }

    /** Draws the current view (as the loop does before it waits for a key, or when a notice comes). */
    public ScreenTester draw() {
        if (view != null) {
            try {
                loop.draw(view);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Lets the view do its work after its first frame (loading, reading the history), as the loop does. */
    public ScreenTester prepare() {
        while (view != null && view.prepare()) {
            draw();
        }
        return this;
    }

    /** Presses each key in turn, redrawing after each, as the loop does. */
    public ScreenTester press(KeyStroke... keys) {
        for (KeyStroke key : keys) {
            if (view == null) {
                throw new AssertionError("the UI has quit; cannot press " + key);
            }
            view = loop.step(view, key);
            draw();
        }
        return this;
    }

    public ScreenTester press(KeyType type) {
        return press(new KeyStroke(type));
    }

    ScreenTester press(KeyType type, int times) {
        for (int i = 0; i < times; i++) {
            press(type);
        }
        return this;
    }

    /** Each char of {@code text} as a key (so {@code "b"} presses b). */
    public ScreenTester type(String text) {
        text.codePoints().forEach(cp -> {
            for (char c : Character.toChars(cp)) {
                press(new KeyStroke(c, false, false));
            }
        });
        return this;
    }

    public ScreenTester ctrl(char c) {
        return press(new KeyStroke(c, true, false));
    }

    public ScreenTester enter() {
        return press(KeyType.Enter);
    }

    ScreenTester resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return draw();
    }

    /** Writes {@code text} at a cell straight onto the terminal, behind the screen's back, as another program would. */
    ScreenTester scribble(int column, int row, String text) {
        terminal.setCursorPosition(column, row);
        text.chars().forEach(c -> terminal.putCharacter((char) c));
        return this;
    }

    TerminalSize size() {
        return terminal.getTerminalSize();
    }

    TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** The screen as rows of text, trailing blanks trimmed; a double-width char's padding cell is skipped. */
    public List<String> rows() {
        List<String> rows = new ArrayList<>();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                line.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            rows.add(line.toString().stripTrailing());
        }
        return rows;
    }

    public String text() {
        return String.join("\n", rows()) + "\n";
    }

    /** All rows joined by single spaces, runs of blanks collapsed: for finding text that may have been wrapped. */
    public String flat() {
        return String.join(" ", rows()).replaceAll("\\s+", " ").strip();
    }

    /** The first row containing {@code text}, or -1. */
    int rowOf(String text) {
        List<String> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The texts of the runs of consecutive cells that satisfy {@code lit}, in reading order, one run never
     * spanning two rows (join them with a space to restore the blank dropped where a line was wrapped).
     */
    List<String> runs(Predicate<TextCharacter> lit) {
        List<String> runs = new ArrayList<>();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder run = null;
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                if (lit.test(ch)) {
                    if (run == null) {
                        run = new StringBuilder();
                    }
                    run.append(ch.getCharacterString());
                } else if (run != null) {
                    runs.add(run.toString());
                    run = null;
                }
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            if (run != null) {
                runs.add(run.toString());
            }
        }
        return runs;
    }

    @Override
    public String toString() {
        return text();
    }
}
