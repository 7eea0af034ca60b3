package dev.lectern.tui;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A detached tmux session on a server of its own, running the launcher in the project folder. */
final class Tmux {
    private static final AtomicInteger SERVERS = new AtomicInteger();
    private static final Duration POLL = Duration.ofMillis(20);

    private final String socket;
    private final String target;
    /** The history folder ({@code LECTERN_HOME}) of this lectern. */
    private Path home;

    Path home() {
        return home;
    }

    private Tmux(String socket, String target) {
        this.socket = socket;
        this.target = target;
    }

    static boolean installed() {
        try {
            Process p =
                    new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code ./lectern ARGS} in a {@code columns}×{@code rows} pane. When lectern ends, the pane's shell
     * prints its exit code and the terminal modes, then sleeps, so the pane stays to be read.
     */
    static Tmux start(int columns, int rows, String args) throws IOException, InterruptedException {
        // Its own history, never the one of whoever runs the tests.
        return start(columns, rows, args, Files.createTempDirectory("lectern-it-history"));
    }

    /** As above, with {@code home} as the history folder ({@code LECTERN_HOME}). */
    static Tmux start(int columns, int rows, String args, Path home) throws IOException, InterruptedException {
        return startIn(columns, rows, projectRoot(), "./lectern " + args, home);
    }

    /**
     * Runs {@code launch} (a shell command that starts Lectern) in {@code folder}, with {@code home} as the history
     * folder; the pane then shows the exit code and the terminal modes Lectern left.
     */
    static Tmux startIn(int columns, int rows, Path folder, String launch, Path home)
            throws IOException, InterruptedException {
        String socket = "lectern-it-" + ProcessHandle.current().pid() + "-" + SERVERS.incrementAndGet();
        Tmux tmux = new Tmux(socket, "quiz");
        tmux.home = home;
        String command = "cd " + quote(folder.toString()) + " && LECTERN_HOME=" + quote(home.toString())
                + " " + launch + "; echo LECTERN_EXIT=$?;"
                + " echo \"TTY=[$(stty -a | tr ' ;' '\\n\\n' | grep -x -e isig -e -isig -e icanon -e -icanon"
                + " -e echo -e -echo | tr '\\n' ' ' | sed 's/ $//')]\"; exec sleep 300";
        tmux.run("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-s", "quiz", command);
        return tmux;
    }

    /**
     * Starts an interactive bash without the user's start-up files in {@code folder}, with {@code bin} first on
     * its PATH, for tests of what a person types at a shell prompt (completion).
     */
    static Tmux shell(int columns, int rows, Path folder, Path bin) throws IOException, InterruptedException {
        String socket = "lectern-it-" + ProcessHandle.current().pid() + "-" + SERVERS.incrementAndGet();
        Tmux tmux = new Tmux(socket, "shell");
        tmux.home = folder;
        String command = "cd " + quote(folder.toString()) + " && PATH=" + quote(bin.toString()) + ":\"$PATH\""
                + " PS1='$ ' exec bash --norc --noprofile -i";
        tmux.run(
                "new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-s", "shell", command);
        return tmux;
    }

    static Path projectRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("lectern")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no ./lectern launcher above " + dir);
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Keys by tmux name (Enter, Tab, Up, C-c) or single characters, each sent as one key. */
    void press(String... keys) throws IOException, InterruptedException {
        String[] args = new String[keys.length + 3];
        args[0] = "send-keys";
        args[1] = "-t";
        args[2] = target;
        System.arraycopy(keys, 0, args, 3, keys.length);
        run(args);
    }

    /** Text typed as it is, character by character. */
    void type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", target, "-l", text);
    }

    /** The pane's text, one line a row (trailing spaces dropped). */
    String screen() throws IOException, InterruptedException {
        String text = run("capture-pane", "-p", "-t", target);
        return String.join("\n", text.lines().map(String::stripTrailing).toList());
    }

    /**
     * The JVM running in the pane: the launcher execs java, so it is the descendant of the pane's shell whose
     * command is java.
     */
    ProcessHandle jvm() throws IOException, InterruptedException {
        long shell = Long.parseLong(display("#{pane_pid}"));
        List<ProcessHandle> javas = ProcessHandle.of(shell).stream()
                .flatMap(ProcessHandle::descendants)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .toList();
        if (javas.size() != 1) {
            fail("expected one java process under the pane's shell " + shell + ", found " + javas);
        }
        return javas.get(0);
    }

    String display(String format) throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", target, format).strip();
    }

    /**
     * Polls until the screen satisfies {@code ready} and stays the same over two captures; fails with the last
     * screen after {@code timeout}.
     */
    String await(String what, Predicate<String> ready, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (ready.test(screen)) {
                Thread.sleep(POLL.toMillis());
                String again = screen();
                if (again.equals(screen)) {
                    return screen;
                }
                continue;
            }
            Thread.sleep(POLL.toMillis());
        }
        return fail("waited " + timeout.toSeconds() + " s for " + what + "; the pane ("
                + display("#{pane_width}x#{pane_height}, pane_dead=#{pane_dead}") + ") shows:\n" + screen + "\n"
                + "-".repeat(40));
    }

    /** The screen once it differs from {@code before}, or {@code before} if nothing changes in time. */
    String awaitChange(String before, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String screen = screen();
            if (!screen.equals(before) && screen.equals(settled())) {
                return screen;
            }
            Thread.sleep(POLL.toMillis());
        }
        return before;
    }

    private String settled() throws IOException, InterruptedException {
        Thread.sleep(POLL.toMillis());
        return screen();
    }

    /** Ends the server and with it lectern, if still running; tmux leaves the socket file, so it goes too. */
    void kill() throws IOException, InterruptedException {
        String socketPath =
                run(false, "display-message", "-p", "#{socket_path}").strip();
        run(false, "kill-server");
        if (socketPath.endsWith(socket)) {
            Files.deleteIfExists(Path.of(socketPath));
        }
    }

    private String run(String... args) throws IOException, InterruptedException {
        return run(true, args);
    }

    /** One tmux command on this test's own server, without the user's configuration; UTF-8 throughout. */
    private String run(boolean check, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket, "-f", "/dev/null"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("TMUX");
        env.remove("COLUMNS");
        env.remove("LINES");
        env.put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", args) + " hung");
        }
        if (check && p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed (" + p.exitValue() + "): " + out);
        }
        return out;
    }
}
