package dev.lectern.tui;

/** What a piece of text is, so the theme can decide how it looks. */
public enum Style {
    NORMAL,
    TITLE,
    DIM,
    KEY,
    SELECTED,
    HIGHLIGHT,
    RIGHT,
    WRONG,
    PARTIAL,
    INPUT,
    MATCH
}
