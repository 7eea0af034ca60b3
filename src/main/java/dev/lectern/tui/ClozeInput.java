package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.AnswerLength;
import dev.lectern.model.ClozeQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cloze text with its blanks numbered, and a field per blank; Tab and Shift-Tab move between them. */
final class ClozeInput implements AnswerInput {
    private final ClozeQuestion question;
    private final List<TextInput> fields = new ArrayList<>();
    private int current;

    ClozeInput(ClozeQuestion question) {
        this.question = question;
        for (int i = 0; i < question.blanks().size(); i++) {
            int blank = i;
            fields.add(new TextInput("(" + (i + 1) + ") ", () -> room(blank)));
        }
    }

    /** The characters blank {@code i} may hold: the blanks together are one answer of at most AnswerLength.MAX. */
    private int room(int i) {
        List<String> typed = fields.stream().map(TextInput::text).toList();
        return AnswerLength.MAX - AnswerLength.of(typed) + typed.get(i).length();
    }

    @Override
    public int draw(Canvas canvas, int row) {
        StringBuilder text = new StringBuilder(question.segments().get(0));
        for (int i = 0; i < question.blanks().size(); i++) {
            String typed = fields.get(i).text();
            text.append("(")
                    .append(i + 1)
                    .append(")")
                    .append(typed.isEmpty() ? "_____" : "[" + typed + "]")
                    .append(question.segments().get(i + 1));
        }
        row = canvas.paragraph(2, row, text.toString(), Style.NORMAL, Integer.MAX_VALUE) + 1;
        for (int i = 0; i < fields.size(); i++) {
            if (i == current) {
                row = fields.get(i).draw(canvas, row);
            } else {
                canvas.text(2, row, "(" + (i + 1) + ") " + fields.get(i).text(), Style.DIM);
                row++;
            }
        }
        return row;
    }

    /** The field being typed in: the question scrolls to keep it in sight. */
    @Override
    public int focusRow() {
        return fields.get(current).focusRow();
    }

    @Override
    public boolean onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Tab || key.getKeyType() == KeyType.ArrowDown) {
            current = (current + 1) % fields.size();
            return true;
        }
        if (key.getKeyType() == KeyType.ReverseTab || key.getKeyType() == KeyType.ArrowUp) {
            current = (current + fields.size() - 1) % fields.size();
            return true;
        }
        return fields.get(current).onKey(key);
    }

    @Override
    public Optional<List<String>> submit() {
        return Optional.of(fields.stream().map(TextInput::text).toList());
    }

    @Override
    public boolean isTyping() {
        return true;
    }

    @Override
    public String[] keys() {
        return new String[] {"Tab ⇧Tab", "next/previous blank", "Enter", "submit"};
    }
}
