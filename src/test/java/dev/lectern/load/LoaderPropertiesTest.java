package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the input, loading ends in a set or in at least one problem, never in an exception, and every
 * problem points inside the file and prints as one line.
 */
class LoaderPropertiesTest {

    private static final String YAMLISH = "abc xyz01.:-[]{}#&*!|>'\"%@`,?~\\\n\n\t  ";

    private static void endsInASetOrProblems(String text, LoadResult result) {
        assertThat(result.set().isPresent() || !result.problems().isEmpty())
                .as("a set or at least one problem")
                .isTrue();
        assertThat(result.set().isPresent())
                .isEqualTo(result.problems().stream().noneMatch(Problem::isError));
        long lines = text.lines().count() + 1;
        for (Problem p : result.problems()) {
            assertThat(p.pos().line()).as("line of %s", p).isLessThanOrEqualTo((int) lines);
            assertThat(p.toString()).as("one printable line").doesNotContainPattern("[\\p{Cc}\u2028\u2029]");
        }
    }

    private static void loadsWithoutThrowing(String text) {
        endsInASetOrProblems(text, Snippets.load(text));
    }

    @Test
    void arbitraryStrings_neverThrow() {
        ForAll.check(20250514L, 1000, r -> RandomText.arbitrary(r, 200), LoaderPropertiesTest::loadsWithoutThrowing);
    }

    @Test
    void stringsOfYamlPunctuation_neverThrow() {
        ForAll.check(42L, 3000, r -> RandomText.from(r, YAMLISH, 120), LoaderPropertiesTest::loadsWithoutThrowing);
    }

    @Test
    void arbitraryBytesInAFile_neverThrow(@TempDir Path dir) {
        Path file = dir.resolve("random.yaml");
        QuestionSetLoader loader = Snippets.loaderWith(Path.of("seeds"));
        ForAll.check(
                7L,
                500,
                r -> {
                    byte[] bytes = new byte[r.nextInt(300)];
                    r.nextBytes(bytes);
                    if (r.nextBoolean()) { // mostly ASCII, so the YAML reader gets past decoding too
                        for (int i = 0; i < bytes.length; i++) {
                            bytes[i] =
                                    r.nextInt(10) == 0 ? bytes[i] : (byte) YAMLISH.charAt(r.nextInt(YAMLISH.length()));
                        }
                    }
                    return new Bytes(bytes);
                },
                bytes -> {
                    try {
                        Files.write(file, bytes.value());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    LoadResult result = loader.load(file, "random.yaml");
                    assertThat(result.set().isPresent() || !result.problems().isEmpty())
                            .isTrue();
                });
    }

    @Test
    void mutatedValidSet_neverThrows() {
        List<String> valid = LoaderValidSetTest.EVERY_TYPE.lines().toList();
        ForAll.check(1337L, 2000, r -> mutate(valid, r), LoaderPropertiesTest::loadsWithoutThrowing);
    }

    @Test
    void unmutatedValidSet_loads() {
        assertThat(Snippets.load(LoaderValidSetTest.EVERY_TYPE).set()).isPresent();
    }

    /** One to three edits: delete, duplicate or swap lines, or insert a few random characters. */
    private static String mutate(List<String> valid, Random r) {
        List<String> lines = new ArrayList<>(valid);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = r.nextInt(lines.size());
                    String swapped = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, swapped);
                }
                case 3 -> {
                    String line = lines.get(at);
                    int pos = r.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + RandomText.from(r, YAMLISH, 3) + line.substring(pos));
                }
                default -> {
                    String line = lines.get(at);
                    int pos = r.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + RandomText.arbitrary(r, 2) + line.substring(pos));
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** A byte array that prints its contents when a property fails. */
    @SuppressWarnings("ArrayRecordComponent") // only a property's input: never compared, printed when it fails
    private record Bytes(byte[] value) {
        @Override
        public String toString() {
            return Arrays.toString(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }
}
