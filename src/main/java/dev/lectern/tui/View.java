package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** One screen: draws itself and turns a key into the next view (itself, another, or {@code null} to quit). */
public interface View {
    void draw(Canvas canvas);

    View onKey(KeyStroke key);

    /**
     * Slow work to do once the view has been drawn (loading the sets behind a start screen): the learner sees
     * a screen at once. Returns true when the view must be drawn again; it is then asked again, so work can come
     * in steps, each drawn when done. Returns false once there is nothing left to do.
     */
    default boolean prepare() {
        return false;
    }

    /** The keys this screen understands, as key and meaning pairs, for the help screen. */
    String[] keys();
}
