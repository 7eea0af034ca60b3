package dev.lectern.engine;

import dev.lectern.model.Question;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The longest answer Lectern grades: 5,000 characters (UTF-16 units, all parts of a form's answer together), far
 * more than any real answer to a question on a passage, and small enough that no matching rule (a teacher's
 * pattern least of all) can run away on it. A longer answer is wrong with a note that says why; the text UI stops
 * taking characters at the limit. Documented in docs/limits.md.
 */
public final class AnswerLength {
    public static final int MAX = 5_000;
    /** How much of a too-long answer its grade keeps as "given": enough to recognise it in a report. */
    private static final int SHOWN = 60;

    private AnswerLength() {}

    /** The length of an answer of these parts, counted as one text with the separators a sheet would write. */
    public static int of(List<String> parts) {
        long total = Math.max(0, parts.size() - 1) * (long) (AnswerParts.SEPARATOR.length() + 1);
        for (String part : parts) {
            total += part == null ? 0 : part.length();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** The key of {@code question} behind a check of the answer's length, which every grade passes first. */
    static AnswerKey bounded(Question question, AnswerKey key) {
        return new AnswerKey() {
            @Override
            public Grade grade(Presentation shown, List<String> parts) {
                int length = of(parts);
                if (length <= MAX) {
                    return key.grade(shown, parts);
                }
                Grade blank = key.grade(shown, List.of());
                String joined = AnswerParts.joined(parts).strip();
                String given = joined.substring(0, Math.min(joined.length(), SHOWN)) + "…";
                return new Grade(
                        question.id(),
                        0,
                        question.points(),
                        Verdict.WRONG,
                        Rule.UNREADABLE,
                        given,
                        blank.expected(),
                        Optional.of(note(length)),
                        blank.feedback(),
                        blank.evidence());
            }
        };
    }

    static String note(int length) {
        return String.format(
                Locale.ROOT,
                "the answer is %,d characters long; Lectern grades answers of up to %,d"
                        + " characters, so it was not read (see docs/limits.md)",
                length,
                MAX);
    }
}
