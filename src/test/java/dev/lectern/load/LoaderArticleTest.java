package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and reading the article a set names, and reading the question file itself. */
class LoaderArticleTest {

    private static final String QUESTIONS = """
            questions:
              - { id: q, type: short, prompt: Who leads?, answer: Medinsky, evidence: { paragraph: 2 } }
            """;

    private static String naming(String article) {
        return "title: T\narticle: " + article + "\n" + QUESTIONS;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    @Test
    void missingArticle_listsThePlacesLookedIn_andSuggestsAFilePresent() {
        assertThat(problems(naming("000_d9e472c27e1e5fdd.tx")))
                .containsExactly(
                        "q.yaml:2:10: error: article '000_d9e472c27e1e5fdd.tx' not found; looked in questions/, seeds/;"
                                + " did you mean '000_d9e472c27e1e5fdd.txt'?");
    }

    @Test
    void missingArticleLikeNoFilePresent_listsThePlacesOnly() {
        assertThat(problems(naming("istanbul-talks.txt")))
                .containsExactly(
                        "q.yaml:2:10: error: article 'istanbul-talks.txt' not found; looked in questions/, seeds/");
    }

    @Test
    void missingArticleBesideATempFolder_showsThatFolderInFull(@TempDir Path dir) {
        LoadResult result = Snippets.loaderWith().load(naming("talks.txt"), dir, "q.yaml");
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:2:10: error: article 'talks.txt' not found; looked"
                        + " in " + dir.toAbsolutePath().normalize() + "/, "
                        + dir.toAbsolutePath().normalize().getParent().resolve("seeds") + "/");
    }

    @Test
    void absolutePath_isRejected() {
        assertThat(problems(naming("/etc/passwd")))
                .containsExactly(
                        "q.yaml:2:10: error: article '/etc/passwd' must be"
                                + " a file name beside this question file or in seeds/; absolute paths and '..' are not allowed");
    }

    @Test
    void dotDotEscapes_areRejectedEvenWhenTheyWouldComeBack() {
        assertThat(problems(naming("../seeds/000_d9e472c27e1e5fdd.txt")))
                .containsExactly("q.yaml:2:10: error:"
                        + " article '../seeds/000_d9e472c27e1e5fdd.txt' must be a file name beside this question file or in"
                        + " seeds/; absolute paths and '..' are not allowed");
        assertThat(problems(naming("sub/../000_d9e472c27e1e5fdd.txt")))
                .containsExactly("q.yaml:2:10: error:"
                        + " article 'sub/../000_d9e472c27e1e5fdd.txt' must be a file name beside this question file or in"
                        + " seeds/; absolute paths and '..' are not allowed");
    }

    @Test
    void symbolicLinkLeadingOutOfTheFolder_isNotFollowed(@TempDir Path dir) throws IOException {
        Path inside = Files.createDirectory(dir.resolve("questions"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "A secret paragraph.\n");
        Files.createSymbolicLink(inside.resolve("linked.txt"), outside);
        LoadResult result = Snippets.loaderWith().load(naming("linked.txt"), inside, "q.yaml");
        assertThat(Snippets.shown(result))
                .singleElement()
                .asString()
                .startsWith("q.yaml:2:10: error: article 'linked.txt' is a link to " + outside.toRealPath()
                        + ", outside " + inside + "/; copy the article into the folder instead of linking to it");
    }

    @Test
    void aSeedsFolderThatIsALink_isNotFollowed_soNoFileOutsideCanBeQuoted(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectory(dir.resolve("etc"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path project = Files.createDirectory(dir.resolve("project"));
        Path questions = Files.createDirectory(project.resolve("questions"));
        Files.createSymbolicLink(project.resolve("seeds"), outside);
        LoadResult result = Snippets.loaderWith().load(naming("passwd"), questions, "q.yaml");
        assertThat(result.set()).isEmpty();
        assertThat(Snippets.shown(result))
                .singleElement()
                .asString()
                .startsWith("q.yaml:2:10: error: article"
                        + " 'passwd' is in " + project.resolve("seeds") + "/, which is a link to "
                        + outside.toRealPath()
                        + "; articles must really be in that folder: copy the article there");
    }

    @Test
    void anArticleThatIsAFolder_saysSo(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("notes.txt"));
        LoadResult result = Snippets.loaderWith().load(naming("notes.txt"), dir, "q.yaml");
        assertThat(Snippets.shown(result))
                .singleElement()
                .asString()
                .startsWith("q.yaml:2:10: error: article 'notes.txt' is a folder, not a file");
    }

    @Test
    void articleBesideTheQuestionFile_isFoundFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("000_d9e472c27e1e5fdd.txt"), "Only one paragraph, led by Medinsky.\n");
        LoadResult result =
                Snippets.loaderWith(Path.of("seeds")).load(naming("000_d9e472c27e1e5fdd.txt"), dir, "q.yaml");
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:4:88: error: paragraph 2 does not exist: the article has 1 paragraph");
    }

    @Test
    void articleNotUtf8_namesLineAndByteOffset(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("latin1.txt");
        Files.write(article, bytes("First paragraph.\nCaf", new byte[] {(byte) 0xE9}, " au lait.\n"));
        LoadResult result = Snippets.loaderWith().load(naming("latin1.txt"), dir, "q.yaml");
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:2:10: error: article 'latin1.txt' (" + article
                        + ") is not valid UTF-8: byte 0xE9 at line 2, byte 4 of that line (byte offset 20 in the file);"
                        + " save it as UTF-8");
    }

    @Test
    void emptyArticle_isReportedOnce_notAtEveryQuestion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("blank.txt"), "\n  \n");
        LoadResult result = Snippets.loaderWith().load(naming("blank.txt") + """
                  - { id: r, type: short, prompt: Who?, answer: Medinsky, evidence: { sentence: 1.1 } }
                """, dir, "q.yaml");
        assertThat(Snippets.shown(result)).containsExactly("q.yaml:2:10: error: article 'blank.txt' has no text");
    }

    @Test
    void articleWithAByteOrderMark_isReadWithoutIt(@TempDir Path dir) throws IOException {
        Files.write(
                dir.resolve("bom.txt"),
                bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Medinsky leads.\nThe delegation leaves.\n"));
        LoadResult result = Snippets.loaderWith().load("""
                title: T
                article: bom.txt
                questions:
                  - { id: q, type: short, prompt: Who?, answer: Medinsky, evidence: { quote: Medinsky leads } }
                """, dir, "q.yaml");
        assertThat(result.problems()).isEmpty();
        assertThat(result.set().orElseThrow().article().paragraph(1).text()).isEqualTo("Medinsky leads.");
    }

    @Test
    void questionFileNotUtf8_pointsAtTheBadByte(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, bytes("title: T\nprompt: Caf", new byte[] {(byte) 0xE9}, "?\n"));
        assertThat(Snippets.shown(Snippets.loaderWith().load(file, "latin1.yaml")))
                .containsExactly(
                        "latin1.yaml:2:12: error: not valid UTF-8: byte 0xE9 at line 2, byte 12 of that line (byte offset"
                                + " 20 in the file); save the file as UTF-8");
    }

    @Test
    void questionFileCutInsideACharacter_pointsAtItsFirstByte(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.yaml");
        Files.write(file, bytes("title: Caf", new byte[] {(byte) 0xC3}));
        assertThat(Snippets.shown(Snippets.loaderWith().load(file, "cut.yaml")))
                .containsExactly(
                        "cut.yaml:1:11: error: not valid UTF-8: byte 0xC3 at line 1, byte 11 of that line (byte offset 10"
                                + " in the file); save the file as UTF-8");
    }

    @Test
    void questionFileWithAByteOrderMark_loadsAndKeepsItsPositions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.yaml");
        Files.write(
                file,
                bytes(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "title: Talks\npass: 60\narticle: 000_d9e472c27e1e5fdd.txt\n" + QUESTIONS));
        LoadResult withProblem = Snippets.loaderWith(Path.of("seeds")).load(file, "bom.yaml");
        assertThat(Snippets.shown(withProblem))
                .containsExactly(
                        "bom.yaml:2:7: error: pass must be a percentage from 0% to 100%, like 60%; found '60' (a number without % is not taken: write 60%)");
        Files.write(
                file,
                bytes(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "title: Talks\narticle: 000_d9e472c27e1e5fdd.txt\n" + QUESTIONS));
        LoadResult result = Snippets.loaderWith(Path.of("seeds")).load(file, "bom.yaml");
        assertThat(result.problems()).isEmpty();
        assertThat(result.set().orElseThrow().title()).isEqualTo("Talks");
    }

    @Test
    void questionFileThatDoesNotExist_saysSo(@TempDir Path dir) {
        assertThat(Snippets.shown(Snippets.loaderWith().load(dir.resolve("none.yaml"), "none.yaml")))
                .containsExactly("none.yaml:1:1: error: file not found");
    }

    @Test
    void emptyQuestionFile_namesWhatASetNeeds(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("empty.yaml"), new byte[0]);
        assertThat(Snippets.shown(Snippets.loaderWith().load(file, "empty.yaml")))
                .containsExactly(
                        "empty.yaml:1:1: error: the file is empty; a question set needs 'title', 'article' and 'questions'");
    }

    @Test
    void questionFileInAFolder_findsTheArticleInSeedsNextToThatFolder(@TempDir Path dir) throws IOException {
        Path questions = Files.createDirectory(dir.resolve("questions"));
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("talks.txt"), "First.\n\nMedinsky leads the delegation.\n");
        Path file = Files.writeString(questions.resolve("talks.yaml"), naming("talks.txt"));
        LoadResult result = Snippets.loaderWith().load(file, "questions/talks.yaml");
        assertThat(result.problems()).isEmpty();
        assertThat(result.set().orElseThrow().article().paragraphCount()).isEqualTo(2);
    }
}
