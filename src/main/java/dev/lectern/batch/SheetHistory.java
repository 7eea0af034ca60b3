package dev.lectern.batch;

import dev.lectern.engine.Grade;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.Quoted;
import dev.lectern.schedule.AnswerMode;
import dev.lectern.store.Attempt;
import dev.lectern.store.ContentHash;
import dev.lectern.store.History;
import dev.lectern.store.SetRef;
import dev.lectern.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code --record}: each graded sheet goes into the history as a session of its own (mode batch), one row
 * for every question of the set as the engine graded it (a question left blank is recorded unanswered, with 0
 * points, so the session's score is the sheet's), the time taken unknown (0). A sheet's rows are written in one
 * transaction: a sheet is recorded whole or not at all; commits do not wait for the disk (a sheet recorded survives
 * Lectern being killed, not necessarily a power cut). The first sheet that cannot be written ends the recording
 * (the sheets are still graded and reported); {@link #failure} says which, {@link #sheets} how many were.
 */
public final class SheetHistory implements AutoCloseable {
    /** The session ids' prefix; the mode is {@link AnswerMode#BATCH}. */
    public static final String MODE = "batch";

    private final History history;
    private final QuestionSet set;
    private final SetRef setRef;
    private final String input;
    private final Instant started;
    private final List<String> hashes = new ArrayList<>();
    private long sheets;
    private long rows;
    private Optional<String> failure = Optional.empty();

    private SheetHistory(History history, QuestionSet set, SetRef setRef, String input, Instant started) {
        this.history = history;
        this.set = set;
        this.setRef = setRef;
        this.input = input;
        this.started = started;
        for (Question q : set.questions()) {
            hashes.add(ContentHash.of(q));
        }
    }

    /**
     * Opens the history {@code file} for a run that starts now (by {@code clock}) and grades the sheets of
     * {@code input} (their name in messages) against {@code set}, whose file and name are {@code setRef}: the sheets
     * are recorded under its file, as the text UI's answers are, so both are one set in the history.
     *
     * @throws StoreException when the history cannot be opened, also when the SQLite driver cannot load
     */
    public static SheetHistory open(Path file, Clock clock, QuestionSet set, SetRef setRef, String input) {
        History history = History.open(file, clock);
        try {
            history.commitWithoutWaitingForTheDisk();
            history.find(setRef);
        } catch (StoreException e) {
            history.close();
            throw e;
        }
        return new SheetHistory(history, set, setRef, input, clock.instant());
    }

    /** When the history was damaged and moved aside on opening: where it went. */
    public Optional<String> notice() {
        return history.notice();
    }

    /** The session a sheet is recorded under: the run (when it started), where the sheet is, and whose it is. */
    static String sessionId(Instant started, String input, Sheet sheet) {
        return MODE + " " + started + " " + input + ":" + sheet.pos().line() + ":"
                + sheet.pos().column() + " " + sheet.student();
    }

    /** Records {@code graded} in one transaction, unless an earlier sheet could not be recorded. */
    void record(GradedSheet graded) {
        if (failure.isPresent()) {
            return;
        }
        String session = sessionId(started, input, graded.sheet());
        List<Attempt> attempts = new ArrayList<>(graded.grades().size());
        for (int i = 0; i < graded.grades().size(); i++) {
            Grade g = graded.grades().get(i);
            attempts.add(Attempt.graded(
                    setRef,
                    set.title(),
                    set.questions().get(i),
                    hashes.get(i),
                    g,
                    List.of(),
                    0,
                    session,
                    AnswerMode.BATCH,
                    false,
                    OptionalDouble.empty()));
        }
        try {
            history.recordAll(attempts);
            sheets++;
            rows += attempts.size();
        } catch (StoreException e) {
            failure = Optional.of(new Problem(
                            input,
                            graded.sheet().pos(),
                            Severity.ERROR,
                            "the sheet of " + Quoted.of(graded.sheet().student())
                                    + " and those after it were not recorded: " + e.getMessage())
                    .toString());
        }
    }

    /** How many sheets were recorded, and how many answers (rows) they gave. */
    public long sheets() {
        return sheets;
    }

    public long answers() {
        return rows;
    }

    public Path file() {
        return history.file();
    }

    /** Why the recording stopped, when it did: a message ready to print ({@code file:line:col: error: ...}). */
    public Optional<String> failure() {
        return failure;
    }

    /** Closes the history; a failure to close is kept as the failure, unless there is one already. */
    @Override
    public void close() {
        try {
            history.close();
        } catch (StoreException e) {
            failure = failure.or(() -> Optional.of("lectern: " + e.getMessage()));
        }
    }
}
