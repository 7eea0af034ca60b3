package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link QuickTerminal} relies on in Lanterna 3.1.3, pinned so that an upgrade that changes it fails here, not
 * in a learner's terminal: the superclass constructor asks stty for the modes (save, then set, in this order and
 * with these exact arguments) before a subclass's fields are initialised, and closing restores the saved modes and
 * gives Ctrl-C back. Then what QuickTerminal itself makes of it: one stty run to save and one to set (Lanterna's
 * four, and Ctrl-\ as a key), and a size that never waits for a cursor report.
 */
class QuickTerminalPinTest {
    /** Static: the calls come from the superclass constructor, before any field of the subclass is set. */
    private static final List<String> CALLS = new ArrayList<>();

    @BeforeEach
    void clear() {
        CALLS.clear();
    }

    /** Lanterna's Unix terminal with its stty runs recorded, and answered, instead of run. */
    private static final class RecordingUnixTerminal extends UnixTerminal {
        /** Not a constant (that would be inlined): false until this class's own constructor runs. */
        private boolean constructed;

        RecordingUnixTerminal() throws IOException {
            super(
                    InputStream.nullInputStream(),
                    OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8,
                    CtrlCBehaviour.TRAP);
            constructed = true;
        }

        @Override
        protected String runSTTYCommand(String... parameters) {
            CALLS.add((constructed ? "after: " : "during: ") + String.join(" ", parameters));
            return parameters.length == 1 && parameters[0].equals("-g") ? "SAVED-MODES" : "";
        }

        @Override
        protected void registerTerminalResizeListener(Runnable onResize) {
            CALLS.add((constructed ? "after: " : "during: ") + "resize listener");
        }
    }

    @Test
    void lanternaVersion_isTheOneQuickTerminalWasWrittenFor() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = UnixTerminal.class.getResourceAsStream(
                "/META-INF/maven/com.googlecode.lanterna/lanterna/pom.properties")) {
            assertThat(in).as("Lanterna's pom.properties").isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version"))
                .as("QuickTerminal overrides UnixTerminal's stty calls as Lanterna 3.1.3 makes them: check the"
                        + " tests below against the new version's UnixLikeTTYTerminal, then update this pin")
                .isEqualTo("3.1.3");
    }

    @Test
    void lanterna_setsItsModesInTheSuperConstructor_beforeSubclassFields_saveFirst_exactArguments() throws IOException {
        RecordingUnixTerminal terminal = new RecordingUnixTerminal();

        assertThat(CALLS)
                .containsExactly(
                        "during: -g",
                        "during: -icanon",
                        "during: min 1",
                        "during: -echo",
                        "during: intr undef",
                        "during: resize listener");
        List<String> set = CALLS.subList(1, 5).stream()
                .map(c -> c.substring("during: ".length()))
                .flatMap(c -> List.of(c.split(" ")).stream())
                .toList();
        assertThat(set).isEqualTo(TerminalQuery.LANTERNA_MODES);

        CALLS.clear();
        terminal.close();
        assertThat(CALLS).containsExactly("after: SAVED-MODES", "after: intr ^C");
    }

    /** QuickTerminal with every process it would start recorded and answered instead (nothing touches /dev/tty). */
    private static final class ScriptedQuickTerminal extends QuickTerminal {
        ScriptedQuickTerminal(OutputStream out) throws IOException {
            super(
                    InputStream.nullInputStream(),
                    out,
                    StandardCharsets.UTF_8,
                    TerminalQuery.start(new File("/dev/null")));
        }

        @Override
        protected String exec(String... command) {
            String args = String.join(" ", List.of(command).subList(1, command.length));
            CALLS.add(args);
            return args.equals("-g") ? "SAVED-MODES" : "";
        }
    }

    @Test
    @SuppressWarnings("try") // constructing the terminal is what is tested: the stty calls it makes
    void quickTerminal_whereTheQueryToldNothing_savesOnce_andSetsEveryModeInOneRun_CtrlBackslashIncluded()
            throws IOException {
        try (ScriptedQuickTerminal terminal = new ScriptedQuickTerminal(OutputStream.nullOutputStream())) {
            assertThat(CALLS).containsExactly("-g", "-icanon min 1 -echo intr undef quit undef");
            assertThat(String.join(" ", TerminalQuery.UI_MODES)).isEqualTo(CALLS.get(1));
            CALLS.clear();
        }
        assertThat(CALLS).containsExactly("SAVED-MODES", "intr ^C");
    }

    @Test
    void quickTerminal_aTerminalThatTellsNoSize_gets80x24AtOnce_andIsNeverAskedForACursorReport() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (ScriptedQuickTerminal terminal = new ScriptedQuickTerminal(written)) {
            long start = System.nanoTime();
            TerminalSize size = terminal.getTerminalSize();
            TerminalSize again = terminal.getTerminalSize();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(size).isEqualTo(new TerminalSize(80, 24));
            assertThat(again).isEqualTo(size);
            // Lanterna's own way waits up to 5 s for each answer; an answer is not awaited at all here.
            assertThat(millis).isLessThan(1_000);
            terminal.flush();
            assertThat(written.toString(StandardCharsets.ISO_8859_1)).doesNotContain("\033[6n");
            // Asked once (stty size), then known until a resize or a return from Ctrl-Z.
            assertThat(CALLS.stream().filter(c -> c.equals("size"))).hasSize(1);
        }
    }

    @Test
    void quickTerminal_afterFg_setsTheUiModesAgain_andAsksTheSizeAnew() throws IOException {
        try (ScriptedQuickTerminal terminal = new ScriptedQuickTerminal(OutputStream.nullOutputStream())) {
            terminal.getTerminalSize();
            CALLS.clear();
            terminal.leaveUiModes();
            terminal.enterUiModes();
            terminal.getTerminalSize();
            assertThat(CALLS).containsExactly("SAVED-MODES", "-icanon min 1 -echo intr undef quit undef", "size");
        }
    }
}
