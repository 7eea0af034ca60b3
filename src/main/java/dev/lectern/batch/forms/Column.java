package dev.lectern.batch.forms;

import java.util.Optional;

/**
 * One column of an export as read: its field number (from 1) and header, its role, the rule that gave it, and
 * for a question column the question's id and, for a grid, the row (the order item or match left side, by its
 * index as written in the set). An ignored column carries the question it comes closest to, for "did you mean".
 */
public record Column(
        int field,
        String header,
        ColumnRole role,
        MatchedBy by,
        Optional<String> question,
        Optional<Integer> row,
        Optional<String> nearest) {
    public Column {
        if (field < 1) {
            throw new IllegalArgumentException("fields count from 1: " + field);
        }
        if ((role == ColumnRole.QUESTION) != question.isPresent()) {
            throw new IllegalArgumentException("a question column, and only one, names its question: " + header);
        }
    }

    static Column of(int field, String header, ColumnRole role, MatchedBy by) {
        return new Column(field, header, role, by, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Column question(int field, String header, MatchedBy by, String id, Optional<Integer> row) {
        return new Column(field, header, ColumnRole.QUESTION, by, Optional.of(id), row, Optional.empty());
    }

    Column as(ColumnRole newRole, MatchedBy newBy) {
        return new Column(field, header, newRole, newBy, Optional.empty(), Optional.empty(), nearest);
    }
}
