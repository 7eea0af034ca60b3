package dev.lectern.cli;

import dev.lectern.store.PathText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * File names in a JVM whose file-name encoding ({@code sun.jnu.encoding}, from the locale it was started in) is
 * not UTF-8: under {@code LC_ALL=C} it is ASCII, and a name such as {@code été.yaml} arrives on the command line as
 * {@code ??t??.yaml}, its bytes lost before Lectern sees them, and comes out of a folder listing as a path that
 * still holds the right bytes but prints as {@code ??t??.yaml}. The {@code lectern} launcher starts Java in
 * {@code C.UTF-8} for this; {@code java -jar} in such a locale gets a message saying so instead of "cannot convert
 * to Path", and names found in folders shown as their bytes say in UTF-8, the encoding of Lectern's files.
 */
final class FileNameEncoding {
    /** What the JVM puts for each byte it could not decode. */
    private static final char LOST = '\uFFFD';

    private final Charset names;

    FileNameEncoding(Charset names) {
        this.names = names;
    }

    /** This JVM's file-name encoding. */
    static FileNameEncoding ofThisJvm() {
        String name = System.getProperty("sun.jnu.encoding", "UTF-8");
        try {
            return new FileNameEncoding(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return new FileNameEncoding(StandardCharsets.UTF_8);
        }
    }

    /**
     * Why {@code args} cannot be used in this JVM: an argument with characters it could not read from the command
     * line, so that no file of that name can be found; the message names the locale ({@code env}) and the fix.
     */
    Optional<String> unreadableArgument(String[] args, Map<String, String> env) {
        if (names.equals(StandardCharsets.UTF_8)) {
            return Optional.empty();
        }
        for (String arg : args) {
            if (arg.indexOf(LOST) >= 0) {
                return Optional.of("'" + arg.replace(LOST, '?') + "' has characters Java could not read from the"
                        + " command line: it was started in " + locale(env) + ", where it reads file names as "
                        + names.name() + ". Run it in a UTF-8 locale, as the lectern launcher does: LC_ALL=C.UTF-8"
                        + " java -jar lectern.jar ...");
            }
        }
        return Optional.empty();
    }

    /** The locale setting that decides the encoding: LC_ALL, else LC_CTYPE, else LANG. */
    private static String locale(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = env.getOrDefault(name, "");
            if (!value.isEmpty()) {
                return "the locale " + name + "=" + value;
            }
        }
        return "the POSIX locale (neither LC_ALL, LC_CTYPE nor LANG is set)";
    }

    /** {@code path} as text, as its bytes say in UTF-8 when this JVM could not decode them. */
    static String shown(Path path) {
        return PathText.of(path);
    }
}
