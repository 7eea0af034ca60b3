package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Options labelled a, b, c… in the order shown: pick one with its letter or the arrows and Enter (choice,
 * true-false), or, with {@code several}, toggle with Space or the letter and submit with Enter (multi).
 */
final class PickInput implements AnswerInput {
    private final List<String> options;
    private final List<String> answers;
    private final boolean several;
    private final TreeSet<Integer> picked = new TreeSet<>();
    private int cursor;
    private int focusRow;

    /** {@code answers} is what the engine is given for each option (its letter, or true/false). */
    PickInput(List<String> options, List<String> answers, boolean several) {
        this.options = List.copyOf(options);
        this.answers = List.copyOf(answers);
        this.several = several;
    }

    static PickInput lettered(List<String> shown, boolean several) {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            letters.add(String.valueOf((char) ('a' + i)));
        }
        return new PickInput(shown, letters, several);
    }

    @Override
    public int draw(Canvas canvas, int row) {
        for (int i = 0; i < options.size(); i++) {
            String mark = several ? (picked.contains(i) ? "[x] " : "[ ] ") : "";
            String label = " " + (char) ('a' + i) + ") " + mark;
            row = canvas.listEntry(row, label, options.get(i), i == cursor);
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
        if (key.getKeyType() == KeyType.ArrowUp) {
            cursor = Math.max(0, cursor - 1);
            return true;
        }
        if (key.getKeyType() == KeyType.ArrowDown) {
            cursor = Math.min(options.size() - 1, cursor + 1);
            return true;
        }
        if (key.getKeyType() == KeyType.Character) {
            char c = Character.toLowerCase(key.getCharacter());
            int letter = c - 'a';
            if (c == ' ' && several) {
                toggle(cursor);
                return true;
            }
            if (letter >= 0 && letter < options.size()) {
                cursor = letter;
                if (several) {
                    toggle(letter);
                } else {
                    picked.clear();
                    picked.add(letter);
                }
                return true;
            }
            int shortcut = shortcut(c);
            if (shortcut >= 0) {
                cursor = shortcut;
                picked.clear();
                picked.add(shortcut);
                return true;
            }
        }
        return false;
    }

    /** {@code t} and {@code f} pick true and false in a true-false question. */
    private int shortcut(char c) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).length() > 1 && answers.get(i).charAt(0) == c) {
                return i;
            }
        }
        return -1;
    }

    private void toggle(int i) {
        if (!picked.remove(i)) {
            picked.add(i);
        }
    }

    @Override
    public Optional<List<String>> submit() {
        if (!several) {
            picked.clear();
            picked.add(cursor);
        }
        return Optional.of(
                List.of(String.join(";", picked.stream().map(answers::get).toList())));
    }

    @Override
    public String[] keys() {
        if (several) {
            return new String[] {"a-" + last() + " Space", "toggle", "↑↓", "move", "Enter", "submit"};
        }
        String shortcuts = answers.stream()
                .filter(a -> a.length() > 1)
                .map(a -> a.substring(0, 1))
                .reduce("", (x, y) -> x + y + " ");
        return new String[] {shortcuts + "a-" + last(), "pick", "↑↓", "move", "Enter", "submit"};
    }

    private char last() {
        return (char) ('a' + options.size() - 1);
    }
}
