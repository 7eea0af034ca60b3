package dev.lectern.planted.store;

/** Planted for LayeringTest: a class of the history, which the text UI must never use. */
public final class Rows {
    public static int count() {
        return 0;
    }

    private Rows() {}
}
