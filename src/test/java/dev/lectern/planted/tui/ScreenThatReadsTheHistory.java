package dev.lectern.planted.tui;

/** Planted for LayeringTest: a screen that reads the history itself, by a fully qualified name. */
public final class ScreenThatReadsTheHistory {
    private ScreenThatReadsTheHistory() {}

    public static int rows() {
        return dev.lectern.planted.store.Rows.count();
    }
}
