package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;

/**
 * A short list of choices, each with its key: ↑↓ move, Enter takes the one selected, its key takes it at once.
 * The dialogs that ask how to leave a quiz, whether to take one up again, whether to finish an exam.
 */
final class Choices {
    /** One choice: the key that takes it and what it does. */
    record Choice(char key, String text) {}

    private final List<Choice> choices;
    private int cursor;

    Choices(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    /** Draws the choices from {@code row}, one a line; returns the row after them. */
    int draw(Canvas canvas, int row) {
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            canvas.text(0, row, i == cursor ? "›" : " ", Style.KEY);
            canvas.text(2, row, String.valueOf(c.key()), Style.KEY);
            canvas.clipped(5, row++, c.text(), i == cursor ? Style.SELECTED : Style.NORMAL);
        }
        return row;
    }

    /**
     * The view after {@code key} in a dialog of these choices, shown over {@code self}: Esc goes {@code back}, a
     * choice taken leads where {@code action} says, any other key stays.
     */
    View onKey(KeyStroke key, View self, View back, java.util.function.Function<Character, View> action) {
        if (key.getKeyType() == KeyType.Escape) {
            return back;
        }
        return taken(key).map(action).orElse(self);
    }

    /** The key of the choice {@code key} takes (Enter: the selected one); empty when it takes none. */
    Optional<Character> taken(KeyStroke key) {
        if (key.getKeyType() == KeyType.ArrowDown) {
            cursor = Math.min(choices.size() - 1, cursor + 1);
        } else if (key.getKeyType() == KeyType.ArrowUp) {
            cursor = Math.max(0, cursor - 1);
        } else if (key.getKeyType() == KeyType.Enter) {
            return Optional.of(choices.get(cursor).key());
        } else if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()) {
            char c = Character.toLowerCase(key.getCharacter());
            return choices.stream().map(Choice::key).filter(k -> k == c).findFirst();
        }
        return Optional.empty();
    }
}
