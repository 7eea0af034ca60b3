package dev.lectern.tui;

import dev.lectern.schedule.AnswerMode;
import java.util.List;
import java.util.Map;

/** Where the start screen learns what the history knows of its sets; read once the first frame is on screen. */
public interface ProgressSource {
    ProgressSource NONE = (setPaths, mode) -> new Progress(Map.of(), 0);

    /**
     * Progress of the sets named {@code setPaths} (as the start screen names them), with the session in {@code mode}
     * left unfinished in each, and the total due for review.
     */
    Progress read(List<String> setPaths, AnswerMode mode);

    /** Per set, as named; a set without history may be missing. {@code due}: due today across every set. */
    record Progress(Map<String, SetProgress> sets, int due) {
        public Progress {
            sets = Map.copyOf(sets);
        }

        public SetProgress of(String setPath) {
            return sets.getOrDefault(setPath, SetProgress.NONE);
        }
    }
}
