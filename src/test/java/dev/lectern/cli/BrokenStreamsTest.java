package dev.lectern.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Standard streams that are not what they seem: output that cannot be written, input that was closed. */
class BrokenStreamsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** Standard output on a full disk ({@code > /dev/full}): every write fails. */
    private static PrintWriter fullStandardOutput() {
        return new PrintWriter(
                new BufferedWriter(new OutputStreamWriter(
                        new OutputStream() {
                            @Override
                            public void write(int b) throws IOException {
                                throw new IOException("No space left on device");
                            }
                        },
                        UTF_8)),
                true);
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutput_saysSo_andExitsTwo() {
        PrintWriter full = fullStandardOutput();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"check", "questions/", "--format", "json"},
                ROOT,
                Map.of(),
                full,
                new PrintWriter(err, true));
        assertThat(err.toString())
                .isEqualTo("lectern: could not write to standard output (a full disk, or a closed"
                        + " pipe): the output is incomplete\n");
        assertThat(code).isEqualTo(2);
    }

    @Test
    void aBatchReportThatCannotBeWrittenToStandardOutput_saysSo_andExitsTwo() {
        // The issue's own case, lectern --batch SET --format json > /dev/full: the report went through picocli's
        // command, not the plain check above, and was lost with exit 1 and no message.
        for (String format : new String[] {"json", "csv", "text"}) {
            StringWriter err = new StringWriter();
            int code = Main.run(
                    new String[] {"--batch", "questions/01-istanbul-talks.yaml", "--format", format},
                    ROOT,
                    Map.of(),
                    Console.piped(new java.io.ByteArrayInputStream(BatchCommandTest.ANN.getBytes(UTF_8))),
                    fullStandardOutput(),
                    new PrintWriter(err, true));
            assertThat(err.toString())
                    .as(format)
                    .isEqualTo("lectern: could not write to standard output (a full disk, or a closed"
                            + " pipe): the output is incomplete\n");
            assertThat(code).as(format).isEqualTo(2);
        }
    }

    @Test
    void batch_startedWithDescriptorZeroClosed_refusesToRead_insteadOfGradingAFileTheJvmOpened() throws Exception {
        // As a shell runs 'lectern --batch SET <&-': the JVM's first file (lib/modules) gets descriptor 0.
        Path sh = Path.of("/bin/sh");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isExecutable(sh) && Files.isDirectory(Path.of("/proc/self/fd")), "needs /bin/sh and /proc");
        List<String> command = new ArrayList<>(List.of(sh.toString(), "-c", "exec \"$@\" <&-", "sh"));
        command.addAll(OutSafetyTest.lectern(ROOT, "--batch", "questions/01-istanbul-talks.yaml")
                .command());
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err)
                .isEqualTo("lectern: no answer sheets: standard input is closed; give --answers"
                        + " FILE, or pipe the sheets to standard input\n");
        assertThat(out).isEmpty();
        assertThat(p.exitValue()).isEqualTo(2);
    }

    @Test
    void batch_withStandardInputClosed_refusesToRead() {
        Console closed = new Console(java.io.InputStream.nullInputStream(), false, false, true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"--batch", "questions/01-istanbul-talks.yaml"},
                ROOT,
                Map.of(),
                closed,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(err.toString())
                .isEqualTo("lectern: no answer sheets: standard input is closed; give --answers"
                        + " FILE, or pipe the sheets to standard input\n");
        assertThat(out.toString()).isEmpty();
        assertThat(code).isEqualTo(2);
    }

    @Test
    void descriptorZero_onAFileTheJvmOpened_isAClosedStandardInput() {
        Properties jvm = new Properties();
        jvm.setProperty("java.home", "/usr/lib/jvm/java-17");
        jvm.setProperty("java.class.path", "/opt/lectern/lib/lectern.jar");
        assertThat(Console.reusedByTheJvm("/usr/lib/jvm/java-17/lib/modules", jvm))
                .isTrue();
        assertThat(Console.reusedByTheJvm("/opt/lectern/lib/lectern.jar", jvm)).isTrue();
        assertThat(Console.reusedByTheJvm("/opt/lectern/lib/lectern.jsa", jvm)).isTrue();
        assertThat(Console.reusedByTheJvm("/home/t/class.jsonl", jvm)).isFalse();
        assertThat(Console.reusedByTheJvm("pipe:[1234]", jvm)).isFalse();
        assertThat(Console.reusedByTheJvm("/dev/pts/0", jvm)).isFalse();
    }

    @Test
    void aMistypedOption_namesIt_suggestsTheNearest_andPointsAtHelp_insteadOfPrintingTheWholeUsage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"--batch", "questions/01-istanbul-talks.yaml", "--formt", "csv"},
                ROOT,
                Map.of(),
                Console.piped(java.io.InputStream.nullInputStream()),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(err.toString()).isEqualTo("""
                                             lectern: Unknown option: '--formt'
                                             Possible solutions: --format
                                             See 'lectern --help' for every option.
                                             """);
        assertThat(code).isEqualTo(2);
    }
}
