package dev.lectern.batch.forms;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headers form tools write beside the answers, folded ({@link Fold#text}): the columns that name the student,
 * in the order a person would pick them, and the metadata that is ignored quietly.
 */
final class KnownHeaders {
    /** A whole name, else first and last name, else an address. */
    static final Set<String> FULL_NAME =
            Set.of("name", "full name", "student", "student name", "your name", "learner", "respondent", "participant");

    static final Set<String> FIRST_NAME = Set.of("first name", "given name", "firstname", "forename");
    static final Set<String> LAST_NAME = Set.of("surname", "last name", "family name", "lastname");
    static final Set<String> EMAIL =
            Set.of("email", "email address", "e-mail", "e-mail address", "username", "user name", "login");

    private static final Set<String> METADATA = Set.of(
            // Google Forms
            "timestamp",
            "score",
            "total score",
            // Microsoft Forms
            "id",
            "start time",
            "completion time",
            "last modified time",
            "total points",
            "quiz feedback",
            "grade posted time",
            "language",
            // Moodle
            "state",
            "started on",
            "completed",
            "time taken",
            "institution",
            "department",
            "id number",
            "city/town",
            "country",
            "status",
            // Canvas
            "sis_id",
            "sis id",
            "root_account",
            "section",
            "section_id",
            "section_sis_id",
            "submitted",
            "attempt",
            "n correct",
            "n incorrect");
    private static final List<Pattern> METADATA_PATTERNS = List.of(
            Pattern.compile("points - .*"),
            Pattern.compile("feedback - .*"), // Microsoft Forms
            Pattern.compile("grade/.*"),
            Pattern.compile("q\\. ?\\d+ ?/.*"), // Moodle
            Pattern.compile("(question|right answer) \\d+"), // Moodle
            Pattern.compile("\\d+(\\.\\d+)?")); // Canvas: a question's points

    private static final Pattern MOODLE_RESPONSE = Pattern.compile("response (\\d+)");
    private static final Pattern CANVAS_QUESTION = Pattern.compile("\\d+: (.+)");

    private KnownHeaders() {}

    static boolean isMetadata(String folded) {
        return METADATA.contains(folded)
                || METADATA_PATTERNS.stream().anyMatch(p -> p.matcher(folded).matches());
    }

    static boolean isNameLike(String folded) {
        return FULL_NAME.contains(folded)
                || FIRST_NAME.contains(folded)
                || LAST_NAME.contains(folded)
                || EMAIL.contains(folded);
    }

    /** Moodle's {@code Response N}: the N-th question, from 1. */
    static Optional<Integer> moodleResponse(String folded) {
        var m = MOODLE_RESPONSE.matcher(folded);
        return m.matches() && m.group(1).length() < 5 ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Canvas's {@code <item id>: <question text>}: the text. */
    static Optional<String> canvasText(String folded) {
        var m = CANVAS_QUESTION.matcher(folded);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
