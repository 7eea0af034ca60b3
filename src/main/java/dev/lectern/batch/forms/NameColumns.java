package dev.lectern.batch.forms;

import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns that name the student: those {@code --student-column} (or the column map) names, else the ones a
 * person would use: a whole name, else first name and surname, else an email, else, in Lectern's own layout, the
 * first column when it answers nothing.
 */
final class NameColumns {
    private NameColumns() {}

    static List<Integer> find(
            List<Column> columns, List<String> named, List<String> headers, List<HeaderError> errors) {
        List<Integer> fields = new ArrayList<>();
        if (!named.isEmpty()) {
            for (String name : named) {
                int i = indexOf(headers, name);
                if (i < 0) {
                    errors.add(new HeaderError(
                            1,
                            "no column " + Quoted.of(name) + " in the header (columns: " + String.join(", ", headers)
                                    + "); name the student column with --student-column"));
                } else {
                    fields.add(i + 1);
                }
            }
            return fields;
        }
        Optional<Integer> full = first(columns, KnownHeaders.FULL_NAME);
        if (full.isPresent()) {
            return List.of(full.get());
        }
        Optional<Integer> firstName = first(columns, KnownHeaders.FIRST_NAME);
        Optional<Integer> lastName = first(columns, KnownHeaders.LAST_NAME);
        if (firstName.isPresent() && lastName.isPresent()) {
            return List.of(firstName.get(), lastName.get());
        }
        Optional<Integer> email = first(columns, KnownHeaders.EMAIL);
        if (email.isPresent()) {
            return List.of(email.get());
        }
        if (firstName.isPresent() || lastName.isPresent()) {
            return List.of(firstName.orElseGet(lastName::get));
        }
        // Lectern's own layout: the first column, whatever its header, when it answers nothing.
        if (!columns.isEmpty() && columns.get(0).role() == ColumnRole.IGNORED) {
            return List.of(1);
        }
        errors.add(new HeaderError(
                1,
                "no column names the student (a column 'Name', 'First name' and 'Surname',"
                        + " or 'Email'); name it with --student-column"
                        + (headers.size() == 1
                                ? "; the header row has 1" + " field: is the delimiter right? (--delimiter says which)"
                                : "")));
        return List.of();
    }

    private static Optional<Integer> first(List<Column> columns, Set<String> headers) {
        return columns.stream()
                .filter(c -> c.role() != ColumnRole.QUESTION && headers.contains(Fold.text(c.header())))
                .map(Column::field)
                .findFirst();
    }

    private static int indexOf(List<String> headers, String name) {
        int exact = headers.indexOf(name.strip());
        if (exact >= 0) {
            return exact;
        }
        String folded = Fold.text(name);
        for (int i = 0; i < headers.size(); i++) {
            if (Fold.text(headers.get(i)).equals(folded)) {
                return i;
            }
        }
        return -1;
    }
}
