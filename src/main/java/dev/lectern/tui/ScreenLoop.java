package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The small loop that owns the screen: draw the current view (or a "too small" notice), wait for a key, ask the
 * view for the next one. Ctrl-C quits like {@code q} does; {@code ?} opens the help of any view; Ctrl-L repaints
 * the whole terminal (after another program wrote over it). A resize, and a return from Ctrl-Z, redraw at once,
 * without waiting for a key. A notice the learner must know at once (the history was damaged and moved aside;
 * answers are no longer recorded) is drawn over the rows above the key legend as soon as it comes, and hidden by
 * the next key, which the view still gets.
 */
public final class ScreenLoop {
    public static final int MIN_COLUMNS = 60;
    public static final int MIN_ROWS = 16;
    private static final long POLL_MILLIS = 30;

    private static final int NOTICE_ROWS = 5;

    private final Screen screen;
    private final Theme theme;
    private Supplier<Optional<String>> notices = Optional::empty;
    private Optional<String> seen = Optional.empty();
    private boolean showing;
    private final Signals signals;
    /** Ctrl-L was pressed: the next frame repaints every cell, not only those that changed. */
    private boolean repaintWhole;

    /** What the terminal's signals ask of the loop between keys (job control: {@link JobControl}). */
    interface Signals {
        Signals NONE = new Signals() {
            @Override
            public boolean arrived() {
                return false;
            }

            @Override
            public void uninstall() {}
        };

        /** Acts on the signals that arrived since the last call; true when the screen must be repainted whole. */
        boolean arrived() throws IOException;

        /** Stops handling the signals. */
        void uninstall();
    }

    public ScreenLoop(Screen screen, Theme theme) {
        this(screen, theme, Signals.NONE);
    }

    ScreenLoop(Screen screen, Theme theme, Signals signals) {
        this.screen = screen;
        this.theme = theme;
        this.signals = signals;
    }

    /** This loop, showing each new notice {@code notices} gives (asked between keys); returns this loop. */
    public ScreenLoop showingNotices(Supplier<Optional<String>> notices) {
        this.notices = notices;
        return this;
    }

    /** Runs until a view returns {@code null} or input ends. */
    public void run(View first) throws IOException {
        run(first, () -> {});
    }

    /**
     * As {@link #run(View)}, starting {@code afterFirstFrame} once the first frame is on screen: work the first
     * screen does not need (opening the history) must not delay it.
     */
    public void run(View first, Runnable afterFirstFrame) throws IOException {
        View view = first;
        boolean firstFrame = true;
        while (view != null) {
            draw(view);
            if (firstFrame) {
                afterFirstFrame.run();
                firstFrame = false;
            }
            while (view.prepare()) {
                draw(view);
            }
            KeyStroke key = nextKey(view);
            if (key == null || key.getKeyType() == KeyType.EOF) {
                return;
            }
            view = step(view, key);
        }
    }

    /** Waits for a key, redrawing {@code view} whenever the terminal is resized meanwhile. */
    private KeyStroke nextKey(View view) throws IOException {
        while (true) {
            if (signals.arrived()) {
                screen.doResizeIfNecessary();
                paint(view, true);
                continue;
            }
            KeyStroke key = screen.pollInput();
            if (key != null) {
                showing = false;
                return key;
            }
            if (!notices.get().equals(seen)) {
                paint(view, false);
                continue;
            }
            if (screen.doResizeIfNecessary() != null) {
                paint(view, true);
                continue;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * The view after {@code key}: {@code null} to quit (Ctrl-C, or the view's own quit), the help for {@code ?}
     * unless the view is taking typed text, the view itself while the terminal is too small for it.
     */
    public View step(View view, KeyStroke key) {
        if (isCtrlC(key)) {
            return null;
        }
        if (isCtrl(key, 'l')) {
            repaintWhole = true;
            return view;
        }
        if (tooSmall()) {
            return view;
        }
        boolean typing = view instanceof TextEntry t && t.isTyping();
        if (key.getKeyType() == KeyType.Character
                && key.getCharacter() == '?'
                && !key.isCtrlDown()
                && !typing
                && !(view instanceof HelpView)) {
            return new HelpView(view);
        }
        return view.onKey(key);
    }

    /** Draws one frame; a resize is picked up here, and then the whole terminal is repainted. */
    public void draw(View view) throws IOException {
        boolean whole = screen.doResizeIfNecessary() != null || repaintWhole;
        repaintWhole = false;
        paint(view, whole);
    }

    private void paint(View view, boolean resized) throws IOException {
        screen.clear();
        Canvas canvas = new Canvas(screen.newTextGraphics(), theme);
        if (tooSmall()) {
            TerminalSize size = screen.getTerminalSize();
            canvas.paragraph(
                    0,
                    0,
                    "Terminal too small (needs " + MIN_COLUMNS + "×" + MIN_ROWS + ", has " + size.getColumns() + "×"
                            + size.getRows() + "). Enlarge it to go on; Ctrl-C quits.",
                    Style.WRONG,
                    size.getRows());
        } else {
            view.draw(canvas);
            Optional<String> notice = notices.get();
            if (!notice.equals(seen)) {
                seen = notice;
                showing = notice.isPresent();
            }
            if (showing) {
                drawNotice(canvas, "! " + notice.orElse("") + " (any key hides this)");
            }
        }
        screen.setCursorPosition(null);
        // After a resize the terminal's content is unknown (it may have reflowed), after Ctrl-L or a return from
        // Ctrl-Z it is not what was drawn: only a complete repaint is safe.
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    /** The notice over the rows just above the key legend, each row filled so nothing shows through. */
    private static void drawNotice(Canvas canvas, String notice) {
        List<String> lines = Lines.wrapText(notice, canvas.width());
        int rows = Math.min(lines.size(), NOTICE_ROWS);
        int top = canvas.height() - 1 - rows;
        for (int i = 0; i < rows; i++) {
            String line = lines.get(i);
            canvas.text(0, top + i, line + " ".repeat(Math.max(0, canvas.width() - Lines.width(line))), Style.WRONG);
        }
    }

    private boolean tooSmall() {
        TerminalSize size = screen.getTerminalSize();
        return size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS;
    }

    private static boolean isCtrlC(KeyStroke key) {
        return isCtrl(key, 'c');
    }

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown() && key.getCharacter() == c;
    }
}
