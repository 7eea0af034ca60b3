package dev.lectern.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each {@link Style} looks. Colour helps but is never needed: every style that matters is also bold, reverse
 * or underlined, and {@link #monochrome()} (for {@code NO_COLOR} and {@code --no-color}) uses those alone.
 */
public final class Theme {
    /** One style's look. */
    record Look(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {}

    private final Map<Style, Look> looks;

    private Theme(Map<Style, Look> looks) {
        this.looks = looks;
    }

    /**
     * The theme for a text UI about to start, {@code colour} or not, with Lanterna's text cells made ready too: the
     * first use of its colours formats numbers and the first cell breaks text into characters, and each loads
     * locale data (together some 15 ms). Called on a thread of its own while the sets load.
     */
    public static Theme forStart(boolean colour) {
        TextCharacter.fromCharacter('x');
        return colour ? colour() : monochrome();
    }

    public static Theme colour() {
        TextColor none = TextColor.ANSI.DEFAULT;
        return new Theme(Map.ofEntries(
                Map.entry(Style.MATCH, new Look(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, EnumSet.of(SGR.UNDERLINE))),
                Map.entry(Style.NORMAL, new Look(none, none, EnumSet.noneOf(SGR.class))),
                Map.entry(Style.TITLE, new Look(TextColor.ANSI.CYAN, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.DIM, new Look(TextColor.ANSI.BLACK_BRIGHT, none, EnumSet.noneOf(SGR.class))),
                Map.entry(Style.KEY, new Look(TextColor.ANSI.YELLOW, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.SELECTED, new Look(none, none, EnumSet.of(SGR.REVERSE))),
                Map.entry(
                        Style.HIGHLIGHT,
                        new Look(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW, EnumSet.of(SGR.UNDERLINE))),
                Map.entry(Style.RIGHT, new Look(TextColor.ANSI.GREEN, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.WRONG, new Look(TextColor.ANSI.RED, none, EnumSet.of(SGR.BOLD, SGR.UNDERLINE))),
                Map.entry(Style.PARTIAL, new Look(TextColor.ANSI.YELLOW, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.INPUT, new Look(none, none, EnumSet.of(SGR.UNDERLINE)))));
    }

    public static Theme monochrome() {
        TextColor none = TextColor.ANSI.DEFAULT;
        EnumSet<SGR> plain = EnumSet.noneOf(SGR.class);
        return new Theme(Map.ofEntries(
                Map.entry(Style.MATCH, new Look(none, none, EnumSet.of(SGR.BOLD, SGR.UNDERLINE))),
                Map.entry(Style.NORMAL, new Look(none, none, plain)),
                Map.entry(Style.TITLE, new Look(none, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.DIM, new Look(none, none, plain)),
                Map.entry(Style.KEY, new Look(none, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.SELECTED, new Look(none, none, EnumSet.of(SGR.REVERSE))),
                Map.entry(Style.HIGHLIGHT, new Look(none, none, EnumSet.of(SGR.REVERSE, SGR.UNDERLINE))),
                Map.entry(Style.RIGHT, new Look(none, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.WRONG, new Look(none, none, EnumSet.of(SGR.BOLD, SGR.UNDERLINE))),
                Map.entry(Style.PARTIAL, new Look(none, none, EnumSet.of(SGR.BOLD))),
                Map.entry(Style.INPUT, new Look(none, none, EnumSet.of(SGR.UNDERLINE)))));
    }

    Look look(Style style) {
        return looks.get(style);
    }
}
