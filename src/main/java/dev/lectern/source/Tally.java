package dev.lectern.source;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Counts what a conversion drops, while it runs. */
final class Tally {
    private final EnumMap<Boilerplate, Integer> counts = new EnumMap<>(Boilerplate.class);

    void add(Boilerplate what) {
        add(what, 1);
    }

    void add(Boilerplate what, int n) {
        if (n > 0) {
            counts.merge(what, n, Integer::sum);
        }
    }

    Map<Boilerplate, Integer> counts() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }
}
