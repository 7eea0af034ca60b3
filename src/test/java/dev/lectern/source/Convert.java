package dev.lectern.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: converts a test resource or a string as the command would. */
final class Convert {
    private static final Path ARTICLES = Path.of("src/test/resources/articles");

    private Convert() {}

    static ArticleText resource(String name) {
        Outcome outcome = Sources.fromFile(ARTICLES.resolve(name), name);
        if (!outcome.ok()) {
            throw new AssertionError(outcome.refusal().message());
        }
        return outcome.article();
    }

    static Outcome bytes(String name, byte[] bytes) {
        return Sources.convert(name, bytes, "", "");
    }

    static Outcome text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static ArticleText ok(String name, String text) {
        Outcome outcome = text(name, text);
        if (!outcome.ok()) {
            throw new AssertionError(outcome.refusal().message());
        }
        return outcome.article();
    }

    static String read(String name) {
        try {
            return Files.readString(ARTICLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
