package dev.lectern.store;

import dev.lectern.engine.Verdict;
import dev.lectern.schedule.AnswerMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Rows for tests, written as a history shows them: a set named {@code set} (its key that name, or its file's path
 * when given), the verdict and mode as their words.
 */
public final class Attempts {
    private Attempts() {}

    public static Attempt of(
            String set,
            String title,
            String question,
            String hash,
            String answer,
            String verdict,
            double points,
            double max,
            long millis,
            String session,
            String mode,
            boolean overridden) {
        return of(
                set,
                title,
                question,
                hash,
                answer,
                verdict,
                points,
                max,
                millis,
                session,
                mode,
                overridden,
                Optional.empty(),
                OptionalDouble.empty());
    }

    public static Attempt of(
            String set,
            String title,
            String question,
            String hash,
            String answer,
            String verdict,
            double points,
            double max,
            long millis,
            String session,
            String mode,
            boolean overridden,
            Optional<Path> file) {
        return of(
                set,
                title,
                question,
                hash,
                answer,
                verdict,
                points,
                max,
                millis,
                session,
                mode,
                overridden,
                file,
                OptionalDouble.empty());
    }

    public static Attempt of(
            String set,
            String title,
            String question,
            String hash,
            String answer,
            String verdict,
            double points,
            double max,
            long millis,
            String session,
            String mode,
            boolean overridden,
            Optional<Path> file,
            OptionalDouble possible) {
        return new Attempt(
                new SetRef(file.map(Path::toString).orElse(set), set),
                title,
                question,
                hash,
                answer,
                List.of(),
                Verdict.valueOf(verdict),
                points,
                max,
                millis,
                session,
                AnswerMode.valueOf(mode.toUpperCase(Locale.ROOT)),
                overridden,
                possible);
    }
}
