package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.Session;
import dev.lectern.engine.SessionOptions;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.schedule.AnswerMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The question sets found, with their article, size and question types; Enter starts one, r reads its article. */
public final class StartView implements View {
    private final List<SetEntry> sets;
    private final Function<String, SetEntry> loader;
    private final SessionOptions options;
    private final Clock clock;
    private AnswerLog log = AnswerLog.NONE;
    private ProgressSource source = ProgressSource.NONE;
    private Optional<ProgressSource.Progress> progress = Optional.empty();
    private int cursor;

    public StartView(List<SetEntry> sets, SessionOptions options, Clock clock) {
        this(sets, file -> SetEntry.pending(file), options, clock);
    }

    /** Pending entries are loaded with {@code loader} after the first frame is on screen. */
    public StartView(List<SetEntry> sets, Function<String, SetEntry> loader, SessionOptions options, Clock clock) {
        this.sets = new ArrayList<>(sets);
        this.loader = loader;
        this.options = options;
        this.clock = clock;
    }

    /** Records every answer of the sessions started here to {@code answers}; returns this start screen. */
    public StartView recordingTo(AnswerLog answers) {
        this.log = answers;
        return this;
    }

    /** Shows each set's best and last score and what is due, from {@code history}; returns this start screen. */
    public StartView showingProgressFrom(ProgressSource history) {
        this.source = history;
        return this;
    }

    /** First loads the sets, then (on the next call) reads the history: each step is drawn as soon as it is done. */
    @Override
    public boolean prepare() {
        boolean loaded = false;
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).isPending()) {
                sets.set(i, loader.apply(sets.get(i).file()));
                loaded = true;
            }
        }
        if (loaded) {
            return true;
        }
        if (progress.isEmpty()) {
            progress = Optional.of(source.read(sets.stream().map(SetEntry::file).toList(), mode()));
            return true;
        }
        return false;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(0, 0, "Lectern", Style.TITLE);
        canvas.text(8, 0, "· choose a question set", Style.DIM);
        int due = progress.map(ProgressSource.Progress::due).orElse(0);
        if (due > 0) {
            canvas.clipped(
                    0,
                    1,
                    due + (due == 1 ? " question" : " questions") + " due for review: run lectern review",
                    Style.KEY);
        }
        int room = Math.max(1, (canvas.height() - 3) / 3);
        int first = Math.max(0, cursor - room + 1);
        String more =
                (first > 0 ? "▲ more" : "") + (first + room < sets.size() ? (first > 0 ? " " : "") + "more ▼" : "");
        if (!more.isEmpty()) {
            canvas.text(canvas.width() - Lines.width(more), 0, more, Style.DIM);
        }
        java.util.Set<String> shared = sharedTitles();
        int row = 2;
        for (int i = first; i < sets.size() && i < first + room; i++) {
            SetEntry e = sets.get(i);
            Style style = i == cursor ? Style.SELECTED : Style.NORMAL;
            canvas.text(0, row, i == cursor ? "›" : " ", Style.KEY);
            String label = progress.map(p -> p.of(e.file()).label()).orElse("");
            int labelColumn = canvas.width() - Lines.width(label);
            if (!label.isEmpty()) {
                canvas.text(labelColumn, row, label, Style.DIM);
            }
            canvas.clipped(
                    2,
                    row++,
                    e.set().map(QuestionSet::title).orElse(e.file()),
                    style,
                    label.isEmpty() ? canvas.width() : labelColumn - 2);
            // Two sets with one title (a copy being edited, last year's version) are told apart by their files.
            String detail = e.set()
                    .map(set -> (shared.contains(set.title()) ? e.file() + " · " : "") + describe(set))
                    .orElse(e.isPending() ? e.problem() : "cannot be used: " + e.problem());
            canvas.clipped(4, row++, detail, e.set().isPresent() || e.isPending() ? Style.DIM : Style.WRONG);
            row++;
        }
        if (sets.isEmpty()) {
            canvas.text(2, row, "No question sets found.", Style.WRONG);
        }
        canvas.footer(keys());
    }

    /** The titles more than one loaded set has. */
    private java.util.Set<String> sharedTitles() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        sets.forEach(e -> e.set()
                .map(QuestionSet::title)
                .filter(title -> !seen.add(title))
                .ifPresent(shared::add));
        return shared;
    }

    static String describe(QuestionSet set) {
        List<String> types =
                set.questions().stream().map(Question::typeName).distinct().toList();
        return set.questions().size() + " questions · " + String.join(", ", types) + " · "
                + set.article().name();
    }

    @Override
    public View onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.ArrowDown || isChar(key, 'j')) {
            cursor = Math.min(Math.max(0, sets.size() - 1), cursor + 1);
        } else if (key.getKeyType() == KeyType.ArrowUp || isChar(key, 'k')) {
            cursor = Math.max(0, cursor - 1);
        } else if (key.getKeyType() == KeyType.Escape || isChar(key, 'q')) {
            return null;
        } else if (key.getKeyType() == KeyType.Enter) {
            return selected().map(set -> open(sets.get(cursor).file(), set)).orElse(this);
        } else if (isChar(key, 'r')) {
            return selected()
                    .map(set -> (View) ReaderView.at(set, List.of(), this))
                    .orElse(this);
        }
        return this;
    }

    private Optional<QuestionSet> selected() {
        return sets.isEmpty() ? Optional.empty() : sets.get(cursor).set();
    }

    /** A session on {@code set}, named {@code setPath} in the history, returning here when it ends. */
    public QuestionView start(String setPath, QuestionSet set) {
        progress = Optional.empty(); // read again when the session comes back here
        return new QuestionView(
                new Quiz(Session.start(set, options), clock.instant(), clock, this, setPath, Quiz.newSessionId(), log));
    }

    /** Enter on a set: the offer to resume its session left unfinished, when it has one; else a new session. */
    private View open(String setPath, QuestionSet set) {
        Optional<Resumable> saved = progress.flatMap(p -> p.of(setPath).resumable());
        if (saved.isEmpty()) {
            return start(setPath, set);
        }
        progress = Optional.empty();
        return new ResumeView(saved.get(), set, () -> start(setPath, set), clock, this, log);
    }

    /**
     * The first view of {@code lectern SET}: a new session on {@code set} at once, which becomes the offer to resume
     * the session left unfinished on it, if the history (read once that first frame is drawn) has one.
     */
    public View opening(String setPath, QuestionSet set) {
        return new ResumeCheck(this, setPath, set);
    }

    /** The mode of the sessions started here, as the history records it. */
    private AnswerMode mode() {
        return options.mode() == SessionOptions.Mode.EXAM ? AnswerMode.EXAM : AnswerMode.PRACTICE;
    }

    /** {@link #opening}: draws the new session's first question until the history has said whether to offer more. */
    private static final class ResumeCheck implements View, TextEntry {
        private final StartView start;
        private final String setPath;
        private final QuestionSet set;
        private View inner;
        private boolean checked;

        ResumeCheck(StartView start, String setPath, QuestionSet set) {
            this.start = start;
            this.setPath = setPath;
            this.set = set;
            this.inner = start.start(setPath, set);
        }

        @Override
        public boolean prepare() {
            if (checked) {
                return inner.prepare();
            }
            checked = true;
            if (start.options.only().isPresent()) {
                return false; // --missed: a session of its own, never the one left unfinished
            }
            Optional<Resumable> saved = start.source
                    .read(List.of(setPath), start.mode())
                    .of(setPath)
                    .resumable();
            if (saved.isEmpty()) {
                return false;
            }
            inner = new ResumeView(saved.get(), set, () -> start.start(setPath, set), start.clock, start, start.log);
            return true;
        }

        @Override
        public void draw(Canvas canvas) {
            inner.draw(canvas);
        }

        @Override
        public View onKey(KeyStroke key) {
            return inner.onKey(key);
        }

        @Override
        public String[] keys() {
            return inner.keys();
        }

        @Override
        public boolean isTyping() {
            return inner instanceof TextEntry t && t.isTyping();
        }
    }

    private static boolean isChar(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.getCharacter() == c;
    }

    @Override
    public String[] keys() {
        return new String[] {"↑↓", "choose", "Enter", "start", "r", "read the article", "q", "quit"};
    }
}
