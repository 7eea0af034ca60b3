package dev.lectern.article;

/**
 * Text with typographic quotes, apostrophes and dashes folded to ASCII and runs of white space collapsed to
 * one space, remembering where each folded char came from, so a match in the folded text maps back to a span
 * of the original. This is what lets a teacher type {@code "Kremlin's"} for {@code Kremlin’s}.
 */
public final class FoldedText {
    private final String folded;
    private final int[] origin;

    private FoldedText(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 1]; // "…" folds to three chars
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!lastWasSpace) {
                    origin[out.length()] = i;
                    out.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (c < 0x80 && c != '`') { // nothing to fold, and no String made: most of an article is ASCII
                origin[out.length()] = i;
                out.append(c);
                continue;
            }
            String replacement = fold(c);
            for (int k = 0; k < replacement.length(); k++) {
                origin[out.length()] = i;
                out.append(replacement.charAt(k));
            }
        }
        return new FoldedText(out.toString(), origin);
    }

    static String fold(char c) {
        return switch (c) {
            case '‘', '’', '‚', '‛', '′', '`', '´' -> "'";
            case '“', '”', '„', '‟', '″', '«', '»' -> "\"";
            case '‐', '‑', '‒', '–', '—', '―', '−' -> "-";
            case '…' -> "...";
            default -> String.valueOf(c);
        };
    }

    /** The folded form of a quote as a teacher typed it, trimmed; without the offset map, so cheap. */
    public static String foldQuery(String quote) {
        String text = quote.strip();
        StringBuilder out = new StringBuilder(text.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space) {
                if (c < 0x80) {
                    out.append(c);
                } else {
                    out.append(fold(c));
                }
            } else if (!lastWasSpace) {
                out.append(' ');
            }
            lastWasSpace = space;
        }
        return out.toString();
    }

    public String text() {
        return folded;
    }

    /** The original span behind folded chars {@code [start, end)}, which must not be empty. */
    public Span originalSpan(int start, int end) {
        return new Span(origin[start], origin[end - 1] + 1);
    }
}
