package dev.lectern.tui;

/** A view that is taking typed text, so printable keys such as {@code ?} belong to the text, not to commands. */
interface TextEntry {
    boolean isTyping();
}
