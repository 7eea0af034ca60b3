package dev.lectern.store;

import dev.lectern.schedule.Slot;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A question in the review schedule: its set (as the learner named it, and its file's absolute path when one was
 * recorded), its id, and where it stands (box and due day).
 */
public record DueQuestion(String setPath, String questionId, Optional<Path> setFile, Slot slot) {
}
