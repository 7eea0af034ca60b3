package dev.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way the store runs a statement: prepare, bind the parameters in order, execute, read the rows, close.
 * A parameter is a {@code String}, a number, a {@code Boolean} (stored as 0 or 1), an {@code Optional} of one of
 * those, or {@code null}. An {@link SQLException} goes to the caller, which decides what it means
 * ({@link History#read}).
 */
final class Sql {
    /** One row of a result, as a value. */
    @FunctionalInterface
    interface Row<T> {
        T of(ResultSet r) throws SQLException;
    }

    private final Connection db;

    Sql(Connection db) {
        this.db = db;
    }

    Connection connection() {
        return db;
    }

    /** Every row of {@code sql}, in the order it gives them. */
    <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(sql, parameters);
                ResultSet r = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(row.of(r));
            }
            return rows;
        }
    }

    /** The first row of {@code sql}; empty when it has none. */
    <T> Optional<T> first(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(sql, parameters);
                ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(row.of(r)) : Optional.empty();
        }
    }

    /** The number in the first column of the first row ({@code SELECT count(*) ...}); 0 when there is no row. */
    long number(String sql, Object... parameters) throws SQLException {
        return first(sql, r -> r.getLong(1), parameters).orElse(0L);
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(sql, parameters)) {
            return s.executeUpdate();
        }
    }

    /** Runs {@code sql} once for each list of parameters, as one batch. */
    void batch(String sql, List<List<Object>> rows) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (List<Object> parameters : rows) {
                bind(s, parameters.toArray());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Runs {@code work} in one immediate transaction ({@link Schema#inTransaction}): all of it, or none. */
    void transaction(Schema.Work work) throws SQLException {
        Schema.inTransaction(db, work);
    }

    private PreparedStatement prepare(String sql, Object[] parameters) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        try {
            bind(s, parameters);
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement s, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Optional<?> o ? o.orElse(null) : parameters[i];
            s.setObject(i + 1, value instanceof Boolean b ? (b ? 1 : 0) : value);
        }
    }
}
