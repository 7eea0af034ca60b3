package dev.lectern.interchange;

import dev.lectern.model.Quoted;

/**
 * What an export did to one question that the format cannot hold as Lectern does: left it out of the file, or
 * wrote it changed (a partial-credit rule the platform does not have, a feedback with no place). {@code reason}
 * says why, in a teacher's words: "GIFT has no ordering question".
 */
public record ExportNote(String questionId, Effect effect, String reason) {
    /** Whether the question is missing from the file or is there in a changed form. */
    public enum Effect {
        LEFT_OUT("left out"),
        CHANGED("changed");

        private final String words;

        Effect(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public ExportNote {
        if (questionId.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("an export note names a question and a reason");
        }
    }

    /** {@code question 'who-called-first' left out: GIFT has no ordering question}. */
    @Override
    public String toString() {
        return "question " + Quoted.of(questionId) + " " + effect.words() + ": " + reason;
    }
}
