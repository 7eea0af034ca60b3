package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** The keys of the view it was opened from; any key goes back. */
final class HelpView implements View {
    private final View under;

    HelpView(View under) {
        this.under = under;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(0, 0, "Keys", Style.TITLE);
        String[] keys = under.keys();
        int row = 2;
        for (int i = 0; i + 1 < keys.length && row < canvas.height() - 2; i += 2, row++) {
            canvas.text(2, row, keys[i], Style.KEY);
            canvas.text(16, row, keys[i + 1], Style.NORMAL);
        }
        // The keys every screen has, which the screen loop (not the view) handles.
        String[] everywhere = {
            "?", "this help (any key closes it)",
            "Ctrl-L", "repaint the screen",
            "Ctrl-Z", "suspend (fg comes back)",
            "Ctrl-C", "quit"
        };
        row++;
        for (int i = 0; i + 1 < everywhere.length && row < canvas.height() - 1; i += 2, row++) {
            canvas.text(2, row, everywhere[i], Style.KEY);
            canvas.text(16, row, everywhere[i + 1], Style.NORMAL);
        }
        canvas.footer("any key", "back");
    }

    @Override
    public View onKey(KeyStroke key) {
        return under;
    }

    @Override
    public String[] keys() {
        return new String[] {"any key", "back"};
    }
}
