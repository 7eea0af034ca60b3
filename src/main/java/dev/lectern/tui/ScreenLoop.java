package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;

/**
 * The small loop that owns the screen: draw the current view (or a "too small" notice), wait for a key, ask the
 * view for the next one. Ctrl-C quits like {@code q} does; {@code ?} opens the help of any view.
 */
public final class ScreenLoop {
    public static final int MIN_COLUMNS = 60;
    public static final int MIN_ROWS = 16;

    private final Screen screen;
    private final Theme theme;

    public ScreenLoop(Screen screen, Theme theme) {
        this.screen = screen;
        this.theme = theme;
    }

    /** Runs until a view returns {@code null} or input ends. */
    public void run(View first) throws IOException {
        View view = first;
        while (view != null) {
            draw(view);
            KeyStroke key = screen.readInput();
            if (key == null || key.getKeyType() == KeyType.EOF || isCtrlC(key)) {
                return;
            }
            if (tooSmall() && key.getKeyType() != KeyType.Character) {
                continue;
            }
            view = key.getKeyType() == KeyType.Character && key.getCharacter() == '?' && !(view instanceof TextEntry t
                    && t.isTyping()) && !(view instanceof HelpView) ? new HelpView(view) : view.onKey(key);
        }
    }

    /** Draws one frame; a resize is picked up here, and only what changed is sent to the terminal. */
    public void draw(View view) throws IOException {
        screen.doResizeIfNecessary();
        screen.clear();
        Canvas canvas = new Canvas(screen.newTextGraphics(), theme);
        if (tooSmall()) {
            TerminalSize size = screen.getTerminalSize();
            canvas.paragraph(0, 0, "Terminal too small (needs " + MIN_COLUMNS + "×" + MIN_ROWS + ", has "
                    + size.getColumns() + "×" + size.getRows() + "). Enlarge it to go on; Ctrl-C quits.",
                    Style.WRONG, size.getRows());
        } else {
            view.draw(canvas);
        }
        screen.setCursorPosition(null);
        screen.refresh(Screen.RefreshType.DELTA);
    }

    private boolean tooSmall() {
        TerminalSize size = screen.getTerminalSize();
        return size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS;
    }

    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c';
    }
}
