package dev.lectern.tui;

import dev.lectern.engine.Session;
import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test helper: the bundled question sets, and quizzes on them with a fixed seed and a stopped clock. */
final class Fixtures {
    static final String ISTANBUL = "questions/01-istanbul-talks.yaml";
    static final String WHO_SAID = "questions/02-who-said-what.yaml";
    static final long SEED = 7;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-15T09:00:00Z"), ZoneOffset.UTC);

    private static QuestionSet istanbul;
    private static QuestionSet whoSaid;

    private Fixtures() {}

    static synchronized QuestionSet istanbul() {
        if (istanbul == null) {
            istanbul = load(ISTANBUL);
        }
        return istanbul;
    }

    static synchronized QuestionSet whoSaid() {
        if (whoSaid == null) {
            whoSaid = load(WHO_SAID);
        }
        return whoSaid;
    }

    private static QuestionSet load(String file) {
        LoadResult r = new QuestionSetLoader(ArticleLibrary.forProject(Path.of(""))).load(Path.of(file), file);
        return r.set().orElseThrow(() -> new AssertionError(file + " does not load: " + r.problems()));
    }

    static List<QuestionSet> bundled() {
        return List.of(istanbul(), whoSaid());
    }

    /** Every question of the bundled sets with the set it is in. */
    static Stream<Object[]> everyQuestion() {
        return bundled().stream().flatMap(s -> s.questions().stream().map(q -> new Object[] {s, q}));
    }

    static SessionOptions options(SessionOptions.Mode mode) {
        return new SessionOptions(mode, true, SEED, Optional.empty());
    }

    static StartView home() {
        return new StartView(
                List.of(entry(ISTANBUL, istanbul()), entry(WHO_SAID, whoSaid())),
                options(SessionOptions.Mode.PRACTICE),
                CLOCK);
    }

    private static SetEntry entry(String file, QuestionSet set) {
        return new SetEntry(file, Optional.of(set), "");
    }

    static Quiz quiz(QuestionSet set, SessionOptions options) {
        return new Quiz(Session.start(set, options), CLOCK.instant(), CLOCK, home());
    }

    static QuestionView practice(QuestionSet set) {
        return new QuestionView(quiz(set, options(SessionOptions.Mode.PRACTICE)));
    }

    static QuestionView exam(QuestionSet set) {
        return new QuestionView(quiz(set, options(SessionOptions.Mode.EXAM)));
    }

    /** A practice quiz of the one question {@code q}. */
    static QuestionView only(QuestionSet set, Question q) {
        return new QuestionView(quiz(set, options(SessionOptions.Mode.PRACTICE).onlyQuestions(List.of(q.id()))));
    }
}
