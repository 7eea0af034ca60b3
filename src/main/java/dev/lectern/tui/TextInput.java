package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lectern.engine.AnswerLength;
import java.util.List;
import java.util.Optional;

/** A one-line text field: cursor movement, Backspace and Delete, Home and End; pasted text arrives as keys. */
final class TextInput implements AnswerInput {
    private final StringBuilder text = new StringBuilder();
    private final String label;
    /** How many more characters this field may hold; a cloze's blanks share {@link AnswerLength#MAX}. */
    private final java.util.function.IntSupplier limit;

    private int cursor;
    private int focusRow;

    TextInput(String label) {
        this(label, () -> AnswerLength.MAX);
    }

    /** A field that holds at most {@code limit.getAsInt()} characters at the time a key arrives. */
    TextInput(String label, java.util.function.IntSupplier limit) {
        this.label = label;
        this.limit = limit;
    }

    String text() {
        return text.toString();
    }

    @Override
    public int draw(Canvas canvas, int row) {
        int col = canvas.text(2, row, label, Style.DIM);
        int room = Math.max(10, canvas.width() - col - 2);
        String shown = text.toString();
        int from = Math.max(0, cursor - room + 1);
        String visible = shown.substring(from, Math.min(shown.length(), from + room));
        canvas.text(col, row, visible + " ".repeat(Math.max(0, room - Lines.width(visible))), Style.INPUT);
        String atCursor = cursor < shown.length() ? String.valueOf(shown.charAt(cursor)) : " ";
        canvas.text(col + Lines.width(shown.substring(from, cursor)), row, atCursor, Style.SELECTED);
        focusRow = row;
        return row + 1;
    }

    @Override
    public int focusRow() {
        return focusRow;
    }

    @Override
    public boolean onKey(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character -> {
                if (key.isCtrlDown() || key.isAltDown()) {
                    return false;
                }
                // At the engine's limit the field takes no more (a paste stops there): longer would not be read.
                if (text.length() < limit.getAsInt()) {
                    text.insert(cursor++, key.getCharacter());
                }
                return true;
            }
            case Backspace -> {
                if (cursor > 0) {
                    text.deleteCharAt(--cursor);
                }
                return true;
            }
            case Delete -> {
                if (cursor < text.length()) {
                    text.deleteCharAt(cursor);
                }
                return true;
            }
            case ArrowLeft -> {
                cursor = Math.max(0, cursor - 1);
                return true;
            }
            case ArrowRight -> {
                cursor = Math.min(text.length(), cursor + 1);
                return true;
            }
            case Home -> {
                cursor = 0;
                return true;
            }
            case End -> {
                cursor = text.length();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public Optional<List<String>> submit() {
        return Optional.of(List.of(text.toString()));
    }

    @Override
    public boolean isTyping() {
        return true;
    }

    @Override
    public String[] keys() {
        return new String[] {"type", "your answer", "Enter", "submit"};
    }
}
