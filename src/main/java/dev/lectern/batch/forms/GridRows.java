package dev.lectern.batch.forms;

import dev.lectern.model.MatchQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of a question asked as a grid: an order question's items (each ranked in its own column) and a match
 * question's left sides (each given its partner in its own column). A grid header names a row by its text, as
 * Google ({@code Prompt [Row]}) and Microsoft ({@code Prompt.Row}) write it, or by its letter or number.
 */
final class GridRows {
    private static final Pattern GOOGLE = Pattern.compile("(.+?)\\s*\\[([^\\[\\]]+)\\]");
    private static final Pattern LETTER = Pattern.compile("[a-z]");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private GridRows() {}

    static List<String> of(Question q) {
        if (q instanceof OrderQuestion o) {
            return o.items();
        }
        if (q instanceof MatchQuestion m) {
            return m.pairs().stream().map(MatchQuestion.Pair::left).toList();
        }
        return List.of();
    }

    /** The row's index among {@code rows}, from its label as a header writes it. */
    static Optional<Integer> find(String label, List<String> rows) {
        String folded = Fold.text(label);
        for (int i = 0; i < rows.size(); i++) {
            if (Fold.text(rows.get(i)).equals(folded)) {
                return Optional.of(i);
            }
        }
        if (LETTER.matcher(folded).matches() && folded.charAt(0) - 'a' < rows.size()) {
            return Optional.of(folded.charAt(0) - 'a');
        }
        if (NUMBER.matcher(folded).matches()) {
            int n = Integer.parseInt(folded);
            return n >= 1 && n <= rows.size() ? Optional.of(n - 1) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A header split into prompt and row label, as {@code Prompt [Row]}: every split worth trying, in order. */
    static List<String[]> splits(String header) {
        var google = GOOGLE.matcher(header.strip());
        if (google.matches()) {
            return List.<String[]>of(new String[] {google.group(1), google.group(2)});
        }
        List<String[]> out = new java.util.ArrayList<>();
        for (int dot = header.indexOf('.'); dot > 0; dot = header.indexOf('.', dot + 1)) {
            if (dot < header.length() - 1) {
                out.add(new String[] {header.substring(0, dot), header.substring(dot + 1)});
            }
        }
        return List.copyOf(out);
    }
}
