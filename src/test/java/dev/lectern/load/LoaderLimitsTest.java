package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on what the loader reads (docs/limits.md), enforced while reading: a file that is not a regular file
 * is not opened, no more than the size limit is read, and a line past the line limit is refused before parsing.
 * Each is "unreadable" (exit 2), not a problem found in a set.
 */
class LoaderLimitsTest {
    static final String TOO_LONG = "q.yaml:1:1000001: error: line 1 is longer than 1,000,000 characters, the limit"
            + " for a line of a question file; write the set with one key a line (YAML's block style, as in"
            + " questions/), not as one long line";
    static final String NOT_REGULAR = "the file is not a regular file (a pipe, a device or a socket), so it is not"
            + " read; save it as a file and name that";

    @TempDir
    Path dir;

    static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    @Test
    @Timeout(20)
    void questionFileThatIsAFifo_isRefusedWithoutBlocking() throws Exception {
        Path fifo = fifo(dir, "q.yaml");
        LoadResult result = Snippets.loaderWith().load(fifo, "q.yaml");
        assertThat(Snippets.shown(result)).containsExactly("q.yaml:1:1: error: " + NOT_REGULAR);
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    @Timeout(20)
    void questionFileOnDevZero_isRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        LoadResult result = Snippets.loaderWith().load(zero, "/dev/zero");
        assertThat(Snippets.shown(result)).containsExactly("/dev/zero:1:1: error: " + NOT_REGULAR);
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void questionFileLargerThan32Mb_isRefusedUnread() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(Limits.MAX_FILE_BYTES + 1L); // sparse: nothing to write
        }
        LoadResult result = Snippets.loaderWith().load(big, "big.yaml");
        assertThat(Snippets.shown(result))
                .containsExactly("big.yaml:1:1: error: the file is larger than the 32 MB"
                        + " limit; split it into several sets");
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void lineLongerThanAMillionCharacters_isRefusedWhereItGoesPastTheLimit() {
        String yaml = "{title: \"" + "a".repeat(3_000_000) + "\"}\n";
        LoadResult result = Snippets.load(yaml);
        assertThat(Snippets.shown(result)).containsExactly(TOO_LONG);
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void lineOfExactlyTheLimit_isRead() {
        String title = "a".repeat(Limits.MAX_LINE_CHARS - "title: ".length());
        assertThat(Snippets.problems("title: " + title + "\n"))
                .noneMatch(p -> p.contains("longer than"))
                .contains("q.yaml:1:1: error: the set is missing 'article' (the article's file name, e.g. in seeds/)");
    }

    @Test
    void lineLimitCountsCharactersNotUtf16Units_andLinesAfterCrLf() {
        String emoji = "\uD83D\uDE00";
        assertThat(Snippets.problems("title: T\r\nx: " + emoji.repeat(Limits.MAX_LINE_CHARS - 3) + "\r\n"))
                .noneMatch(p -> p.contains("longer than"));
        assertThat(Snippets.problems("title: T\r\nx: " + emoji.repeat(Limits.MAX_LINE_CHARS) + "\r\n"))
                .containsExactly("q.yaml:2:1000001: error: line 2 is longer than 1,000,000 characters, the limit"
                        + " for a line of a question file; write the set with one key a line (YAML's block style, as"
                        + " in questions/), not as one long line");
    }

    @Test
    void linesSplitByALoneCarriageReturn_areEachWithinTheLimit_andTheLineAfterOneIsCounted() {
        String full = "a".repeat(Limits.MAX_LINE_CHARS);
        assertThat(SourceFile.overLongLine(full + "\r" + full + "\n" + full)).isEmpty();
        assertThat(SourceFile.overLongLine(full + "\n" + full + "\r\n" + full)).isEmpty();
        assertThat(SourceFile.overLongLine(full + "\r" + full + "b")).contains(new Pos(2, Limits.MAX_LINE_CHARS + 1));
        assertThat(SourceFile.overLongLine("x\n" + full + "\n\n" + full + "b\n"))
                .contains(new Pos(4, Limits.MAX_LINE_CHARS + 1));
    }

    @Test
    void longQuotedTextsOnOneLine_areNotQuadratic_theWholeLineIsScannedOnce() {
        // SnakeYAML copied the token so far at every 1,024 characters: 4 MB of one quoted text took 25 s. The
        // buffer is now up to 1 M characters; this proves only that the size is what the fix says (no timed test).
        assertThat(YamlSource.bufferSize("x".repeat(10))).isEqualTo(11);
        assertThat(YamlSource.bufferSize("x".repeat(5_000_000))).isEqualTo(1 << 20);
    }

    @Test
    @Timeout(20)
    void articleThatIsAFifo_isRefusedAsUnreadable() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        fifo(dir.resolve("seeds"), "talks.txt");
        LoadResult result = Snippets.loaderWith(dir.resolve("seeds")).load("""
                                                                           title: T
                                                                           article: talks.txt
                                                                           questions: [{id: a, type: short, prompt: P, answer: x, evidence: {paragraph: 1}}]
                                                                           """, dir.resolve("questions"), "q.yaml");
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:2:10: error: article 'talks.txt' is not a"
                        + " regular file (a device or a pipe); save the article as a text file");
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void articleWithALineLongerThanTheLimit_isRefused() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/talks.txt"), "First paragraph.\n" + "word ".repeat(250_000) + "\n");
        LoadResult result = Snippets.loaderWith(dir.resolve("seeds")).load("""
                                                                           title: T
                                                                           article: talks.txt
                                                                           questions: [{id: a, type: short, prompt: P, answer: x, evidence: {paragraph: 1}}]
                                                                           """, dir.resolve("questions"), "q.yaml");
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:2:10: error: article 'talks.txt': line 2 is"
                        + " longer than 1,000,000 characters, the limit for a line of an article; an article has one"
                        + " paragraph a line, so break this one into paragraphs");
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void columnMapNested10000Deep_isRefusedAtLevel65() throws IOException {
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "columns: " + "[".repeat(10_000) + "\n");
        assertThat(ColumnMapFile.read(map, "map.yaml").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "map.yaml:1:73: error: lists and mappings nested more than 64 levels deep, the limit for a column"
                                + " map (a map needs two); close the brackets left open, or put a text that starts with '['"
                                + " or '{' in quotes");
    }

    @Test
    @Timeout(20)
    void columnMapThatIsAFifo_isRefusedWithoutBlocking() throws Exception {
        Path map = fifo(dir, "map.yaml");
        assertThat(ColumnMapFile.read(map, "map.yaml").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "map.yaml:1:1: error: the column map map.yaml is not a regular file (a pipe, a device or a socket),"
                                + " so it is not read; save it as a file and name that");
    }

    @Test
    void loaderOnTheBundledSets_isUnaffected() {
        LoadResult result = new QuestionSetLoader(new ArticleLibrary(List.of(Path.of("seeds"))))
                .load(Path.of("questions/01-istanbul-talks.yaml"), "01.yaml");
        assertThat(result.set()).isPresent();
        assertThat(result.unreadable()).isFalse();
    }
}
