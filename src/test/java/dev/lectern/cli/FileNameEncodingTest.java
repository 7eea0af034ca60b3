package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arguments a JVM in an ASCII locale could not read are refused naming the locale; the JarLocaleIT runs it for real. */
class FileNameEncodingTest {
    private static final FileNameEncoding ASCII = new FileNameEncoding(StandardCharsets.US_ASCII);
    private static final String LOST = "\uFFFD\uFFFDt\uFFFD\uFFFD.yaml";

    @Test
    void anArgumentWithLostCharacters_inAnAsciiJvm_isRefused_namingTheLocaleSetting() {
        assertThat(ASCII.unreadableArgument(new String[] {"check", LOST}, Map.of("LANG", "C", "LC_CTYPE", "POSIX")))
                .hasValue("'??t??.yaml' has characters Java could not read from the command line: it was started in"
                        + " the locale LC_CTYPE=POSIX, where it reads file names as US-ASCII. Run it in a UTF-8"
                        + " locale, as the lectern launcher does: LC_ALL=C.UTF-8 java -jar lectern.jar ...");
        assertThat(ASCII.unreadableArgument(new String[] {LOST}, Map.of()).orElseThrow())
                .contains("it was started in the POSIX locale (neither LC_ALL, LC_CTYPE nor LANG is set)");
    }

    @Test
    void asciiArguments_andAnyArgumentInAUtf8Jvm_areLeftToTheCommands() {
        assertThat(ASCII.unreadableArgument(new String[] {"check", "questions/"}, Map.of("LC_ALL", "C")))
                .isEmpty();
        assertThat(new FileNameEncoding(StandardCharsets.UTF_8)
                        .unreadableArgument(new String[] {LOST}, Map.of("LC_ALL", "C")))
                .isEmpty();
    }

    @Test
    void aPathThisJvmCouldDecode_isShownAsItIs() {
        assertThat(FileNameEncoding.shown(Path.of("questions/été.yaml"))).isEqualTo("questions/été.yaml");
        assertThat(FileNameEncoding.shown(Path.of("./a.yaml"))).isEqualTo("./a.yaml");
    }
}
