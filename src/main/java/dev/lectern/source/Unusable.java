package dev.lectern.source;

/** Thrown inside this package when a source cannot be converted; {@link Sources} turns it into a {@link Refusal}. */
final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
        super(message, null, false, false);
    }
}
