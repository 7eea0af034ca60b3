package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** One screen: draws itself and turns a key into the next view (itself, another, or {@code null} to quit). */
public interface View {
    void draw(Canvas canvas);

    View onKey(KeyStroke key);

    /** The keys this screen understands, as key and meaning pairs, for the help screen. */
    String[] keys();
}
