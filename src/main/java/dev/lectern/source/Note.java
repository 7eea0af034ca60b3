package dev.lectern.source;

/** Something the teacher should look at in paragraph {@code paragraph} (from 1) of the converted article. */
public record Note(int paragraph, String message) {
    public Note {
        if (paragraph < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1: " + paragraph);
        }
    }

    /** "paragraph 5: looks like …". */
    public String describe() {
        return "paragraph " + paragraph + ": " + message;
    }
}
