package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks the learner's name before a quiz whose result is handed in ({@code --hand-in DIR} without
 * {@code --student}): Enter hands the name to {@code named} and goes on to the quiz, Esc quits, handing in nothing.
 */
public final class NameView implements View, TextEntry {
    private final String title;
    private final Consumer<String> named;
    private final Supplier<View> next;
    private final TextInput input = new TextInput("Your name: ");
    private boolean empty;

    /** {@code title}: what is handed in, and where ("Istanbul talks … · handed in to class/"). */
    public NameView(String title, Consumer<String> named, Supplier<View> next) {
        this.title = title;
        this.named = named;
        this.next = next;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(0, 0, "Lectern", Style.TITLE);
        canvas.clipped(8, 0, "· " + title, Style.DIM);
        canvas.clipped(2, 2, "Your answers are handed in under your name when you finish.", Style.NORMAL);
        input.draw(canvas, 4);
        if (empty) {
            canvas.clipped(2, 6, "Type your name first.", Style.WRONG);
        }
        canvas.footer(keys());
    }

    @Override
    public View onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            return null;
        }
        if (key.getKeyType() == KeyType.Enter) {
            String name = input.text().strip();
            if (name.isEmpty()) {
                empty = true;
                return this;
            }
            named.accept(name);
            return next.get();
        }
        input.onKey(key);
        empty = false;
        return this;
    }

    @Override
    public boolean isTyping() {
        return true;
    }

    @Override
    public String[] keys() {
        return new String[] {"Enter", "start", "Esc", "quit"};
    }
}
