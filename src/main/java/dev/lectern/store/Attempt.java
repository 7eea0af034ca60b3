package dev.lectern.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One answer as it is recorded: the set (its path as the learner named it, its title, and the absolute path of its
 * file when known, so a review can find it from any folder), the question id and the hash of its content when
 * answered, the answer given, the verdict (an engine verdict name), points of the possible points, the time taken,
 * the session it belongs to, the mode ({@code practice}, {@code exam}, {@code review} or {@code cram}) and whether
 * it is a learner's "I was right", and the points possible in the whole session (its unanswered questions too) when
 * known. The store stamps the time it was answered from its clock.
 */
public record Attempt(String setPath, String setTitle, String questionId, String contentHash, String answer,
                      String verdict, double points, double maxPoints, long millis, String sessionId, String mode,
                      boolean overridden, Optional<Path> setFile, OptionalDouble sessionPossible) {
    public Attempt {
        for (String text : new String[] {setPath, setTitle, questionId, contentHash, answer, verdict, sessionId, mode}) {
            java.util.Objects.requireNonNull(text, "an attempt's texts are never null");
        }
        // millis is not checked: a wall clock set back mid-question may make it negative, and that answer counts.
        if (!(maxPoints > 0) || Double.isNaN(points)) {
            throw new IllegalArgumentException("attempt at " + questionId + ": " + points + " of " + maxPoints
                    + " points");
        }
        if (sessionPossible.isPresent() && !(sessionPossible.getAsDouble() > 0)) {
            throw new IllegalArgumentException("attempt at " + questionId + ": a session of "
                    + sessionPossible.getAsDouble() + " points possible");
        }
        if (setFile.isPresent() && !setFile.get().isAbsolute()) {
            throw new IllegalArgumentException("the set's file must be an absolute path: " + setFile.get());
        }
    }

    /** An answer whose session's points possible are not known. */
    public Attempt(String setPath, String setTitle, String questionId, String contentHash, String answer,
                   String verdict, double points, double maxPoints, long millis, String sessionId, String mode,
                   boolean overridden, Optional<Path> setFile) {
        this(setPath, setTitle, questionId, contentHash, answer, verdict, points, maxPoints, millis, sessionId, mode,
                overridden, setFile, OptionalDouble.empty());
    }

    /** An answer whose set file is not known. */
    public Attempt(String setPath, String setTitle, String questionId, String contentHash, String answer,
                   String verdict, double points, double maxPoints, long millis, String sessionId, String mode,
                   boolean overridden) {
        this(setPath, setTitle, questionId, contentHash, answer, verdict, points, maxPoints, millis, sessionId, mode,
                overridden, Optional.empty());
    }
}
