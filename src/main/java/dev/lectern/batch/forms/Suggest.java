package dev.lectern.batch.forms;

import dev.lectern.engine.Typos;
import dev.lectern.model.Question;
import java.util.List;
import java.util.Optional;

/** The question id a misspelt header or map entry was probably meant to be. */
final class Suggest {
    private Suggest() {
    }

    static Optional<String> closestId(String typed, List<Question> questions) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Question q : questions) {
            int d = Typos.distance(typed.toLowerCase(java.util.Locale.ROOT), q.id());
            if (d < bestDistance) {
                best = q.id();
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(3, typed.length() / 3)) ? Optional.of(best)
                : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} or nothing. */
    static String id(String typed, List<Question> questions) {
        return closestId(typed, questions).map(s -> "; did you mean '" + s + "'?").orElse("");
    }
}
