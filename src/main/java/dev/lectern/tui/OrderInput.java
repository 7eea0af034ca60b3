package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Items to put in order: ↑↓ select, and the selected item moves with {@code K}/{@code J} (or Shift+↑↓ where the
 * terminal reports it).
 */
final class OrderInput implements AnswerInput {
    private final List<String> items;
    private int cursor;
    private int focusRow;

    OrderInput(List<String> shown) {
        this.items = new ArrayList<>(shown);
    }

    @Override
    public int draw(Canvas canvas, int row) {
        for (int i = 0; i < items.size(); i++) {
            row = canvas.listEntry(row, " " + (i + 1) + ". ", items.get(i), i == cursor);
            if (i == cursor) {
                focusRow = row - 1;
            }
        }
        return row;
    }

    @Override
    public int focusRow() {
        return focusRow;
    }

    @Override
    public boolean onKey(KeyStroke key) {
        boolean up = key.getKeyType() == KeyType.ArrowUp;
        boolean down = key.getKeyType() == KeyType.ArrowDown;
        boolean moveUp = (up && key.isShiftDown()) || isChar(key, 'K');
        boolean moveDown = (down && key.isShiftDown()) || isChar(key, 'J');
        if (moveUp && cursor > 0) {
            Collections.swap(items, cursor, cursor - 1);
            cursor--;
        } else if (moveDown && cursor < items.size() - 1) {
            Collections.swap(items, cursor, cursor + 1);
            cursor++;
        } else if (up || isChar(key, 'k')) {
            cursor = Math.max(0, cursor - 1);
        } else if (down || isChar(key, 'j')) {
            cursor = Math.min(items.size() - 1, cursor + 1);
        } else {
            return moveUp || moveDown;
        }
        return true;
    }

    private static boolean isChar(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.getCharacter() == c;
    }

    @Override
    public Optional<List<String>> submit() {
        return Optional.of(List.copyOf(items));
    }

    @Override
    public String[] keys() {
        return new String[] {"↑↓ jk", "select", "K J ⇧↑↓", "move it", "Enter", "submit"};
    }
}
