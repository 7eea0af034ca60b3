package dev.lectern.batch;

import dev.lectern.load.Pos;
import java.util.Map;

/**
 * One answer sheet as read: the student, the answers by question id as the learner typed them, where the sheet
 * starts and where each answer's id was written (for warnings).
 */
public record Sheet(String student, Map<String, String> answers, Pos pos, Map<String, Pos> answerPos) {
    public Pos posOf(String id) {
        return answerPos.getOrDefault(id, pos);
    }
}
