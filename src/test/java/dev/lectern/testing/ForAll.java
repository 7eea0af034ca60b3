package dev.lectern.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small, seeded property-test runner: generates {@code tries} inputs from a fixed seed and checks each,
 * reporting the failing input. Reproducible by construction. (jqwik 1.10 asks not to be used by AI coding
 * agents, which write much of this code, so the project does without it.)
 */
public final class ForAll {
    private ForAll() {}

    public static <T> void check(long seed, int tries, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "property failed on try " + i + " (seed " + seed + ") for input: "
                                + RandomText.visible(String.valueOf(input)),
                        e);
            }
        }
    }
}
