package dev.lectern.source;

/** Thrown inside this package when a source cannot be had at all (an unreachable URL). */
final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
        super(message, null, false, false);
    }
}
