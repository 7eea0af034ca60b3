package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code check --watch}: checked again at each save, the screen cleared between runs on a terminal. */
class CheckWatchTest {
    private static final String BROKEN = """
            title: T
            article: seed.txt
            questions:
              - id: q
                type: short
                prompt: Who leads?
                answer: Medinsky
                evidenc: { quote: "led by Vladimir Medinsky" }
            """;
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-02T12:00:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/seed.txt"));
        Files.writeString(dir.resolve("questions/q.yaml"), BROKEN);
    }

    /** Changes scripted by the test: each step edits the files, then says they changed; after the last, stop. */
    private static final class Script implements CheckCommand.Changes {
        final List<Runnable> saves;
        final List<List<Path>> watched = new ArrayList<>();
        boolean closed;

        Script(List<Runnable> saves) {
            this.saves = new ArrayList<>(saves);
        }

        @Override
        public boolean await() {
            if (saves.isEmpty()) {
                return false;
            }
            saves.remove(0).run();
            return true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private record Run(int code, String out) {}

    private Run watch(Script script, boolean terminal) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new CheckCommand(
                dir,
                NOON,
                paths -> {
                    script.watched.add(paths);
                    return script;
                },
                terminal));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("--watch", "questions");
        return new Run(code, out.toString());
    }

    private void save(String text) {
        try {
            Files.writeString(dir.resolve("questions/q.yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void watch_onATerminal_checksAgainAfterEachSave_clearingTheScreen() {
        Script script = new Script(List.of(() -> save(BROKEN.replace("evidenc:", "evidence:"))));
        Run run = watch(script, true);
        assertThat(run.out()).isEqualTo("""
                questions/q.yaml:4:5: warning: question 'q' has no evidence; add evidence: { paragraph: N } or { quote: "…" } so learners see where the answer comes from
                  - id: q
                    ^
                questions/q.yaml:8:5: error: unknown key 'evidenc' in question 'q' (type short); did you mean 'evidence'?
                    evidenc: { quote: "led by Vladimir Medinsky" }
                    ^
                1 file checked: 1 error, 1 warning
                [12:00:05] watching questions for changes; Ctrl-C to stop
                \033[H\033[2J1 file checked: 0 errors, 0 warnings
                [12:00:05] watching questions for changes; Ctrl-C to stop
                """.replace("\\033", "\033"));
        assertThat(run.code()).isZero();
        assertThat(script.closed).isTrue();
        assertThat(script.watched).containsExactly(List.of(dir.resolve("questions"), dir.resolve("seeds")));
    }

    @Test
    void watch_intoAPipe_separatesRunsWithABlankLine_andExitsWithTheLastRunsCode() {
        Script script = new Script(List.of(() -> save(BROKEN.replace("evidenc:", "evidence:")), () -> save("x: [")));
        Run run = watch(script, false);
        assertThat(run.out()).doesNotContain("\033").contains("""
                1 file checked: 0 errors, 0 warnings
                [12:00:05] watching questions for changes; Ctrl-C to stop

                questions/q.yaml:""");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void fileChanges_seesASaveThroughTheJdksWatchService() throws Exception {
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try (FileChanges changes = FileChanges.watching(List.of(dir.resolve("questions")))) {
            var unused = later.schedule(() -> save(BROKEN), 300, TimeUnit.MILLISECONDS);
            boolean changed = assertTimeoutPreemptively(Duration.ofSeconds(20), changes::await);
            assertThat(changed).isTrue();
        } finally {
            later.shutdownNow();
        }
    }
}
