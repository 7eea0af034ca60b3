package dev.lectern.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of options that question files name in words ({@code all-or-nothing}). */
public interface Named {
    String yamlName();

    static <E extends Enum<E> & Named> Optional<E> byName(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.yamlName().equals(name))
                .findFirst();
    }

    static <E extends Enum<E> & Named> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::yamlName).toList();
    }
}
