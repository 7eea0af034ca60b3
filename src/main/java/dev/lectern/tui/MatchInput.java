package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Left items (a, b, …) and right items (1, 2, …): pick a left item with its letter or ↑↓, then its partner with
 * the partner's number (two digits from 10 on: with twelve items, 1 then 2 picks 12, and 1 then another key
 * leaves 1). Pairs show as they are made and can be changed until Enter.
 */
final class MatchInput implements AnswerInput {
    private final List<String> lefts;
    private final List<String> rights;
    private final int[] partner;
    private int cursor;
    private int focusRow;
    /** With ten or more right items: the first digit of a number being typed (1 of 12), else 0. */
    private int pending;

    MatchInput(List<String> lefts, List<String> shownRights) {
        this.lefts = List.copyOf(lefts);
        this.rights = List.copyOf(shownRights);
        this.partner = new int[lefts.size()];
        Arrays.fill(partner, -1);
    }

    @Override
    public int draw(Canvas canvas, int row) {
        int half = canvas.width() / 2;
        for (int i = 0; i < Math.max(lefts.size(), rights.size()); i++) {
            int used = 1;
            if (i < lefts.size()) {
                String made = partner[i] >= 0 ? " → " + (partner[i] + 1) : " → ?";
                Style style = i == cursor ? Style.SELECTED : Style.NORMAL;
                int col = canvas.text(2, row, (char) ('a' + i) + ") ", Style.KEY);
                List<String> lines = Lines.wrapText(lefts.get(i), half - col - Lines.width(made) - 1);
                int end = col;
                for (int l = 0; l < lines.size(); l++) {
                    end = canvas.text(col, row + l, lines.get(l), style);
                }
                canvas.text(end, row + lines.size() - 1, made, Style.KEY);
                used = lines.size();
            }
            if (i < rights.size()) {
                int col = canvas.text(half, row, (i + 1) + ") ", Style.KEY);
                List<String> lines = Lines.wrapText(rights.get(i), canvas.width() - col - 1);
                for (int l = 0; l < lines.size(); l++) {
                    canvas.text(col, row + l, lines.get(l), Style.NORMAL);
                }
                used = Math.max(used, lines.size());
            }
            row += used;
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
        int typed = pending;
        pending = 0;
        if (key.getKeyType() == KeyType.ArrowUp) {
            cursor = Math.max(0, cursor - 1);
            return true;
        }
        if (key.getKeyType() == KeyType.ArrowDown) {
            cursor = Math.min(lefts.size() - 1, cursor + 1);
            return true;
        }
        if (key.getKeyType() != KeyType.Character) {
            return false;
        }
        char c = Character.toLowerCase(key.getCharacter());
        if (c >= 'a' && c - 'a' < lefts.size()) {
            cursor = c - 'a';
            return true;
        }
        if (c < '0' || c > '9') {
            return false;
        }
        int digit = c - '0';
        if (typed > 0 && typed * 10 + digit <= rights.size()) {
            partner[cursor] = typed * 10 + digit - 1;
            cursor = Math.min(lefts.size() - 1, cursor + 1);
            return true;
        }
        if (digit >= 1 && digit <= rights.size()) {
            partner[cursor] = digit - 1;
            if (digit * 10 <= rights.size()) {
                pending = digit;
            } else {
                cursor = Math.min(lefts.size() - 1, cursor + 1);
            }
            return true;
        }
        return false;
    }

    @Override
    public Optional<List<String>> submit() {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            if (partner[i] >= 0) {
                pairs.add(lefts.get(i) + " = " + rights.get(partner[i]));
            }
        }
        return Optional.of(pairs.isEmpty() ? List.of("") : pairs);
    }

    @Override
    public String[] keys() {
        return new String[] {
            "a-" + (char) ('a' + lefts.size() - 1) + " ↑↓",
            "left item",
            "1-" + rights.size(),
            "its partner",
            "Enter",
            "submit"
        };
    }
}
