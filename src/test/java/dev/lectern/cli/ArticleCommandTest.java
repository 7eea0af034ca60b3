package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCommandTest {
    private static final Path ARTICLES = Path.of("src/test/resources/articles").toAbsolutePath();
    private static final String NEWS_ACCOUNT = "kept 7 paragraphs (256 words) of HTML; dropped 1 navigation block,"
            + " 2 page headers, 1 page footer, 1 cookie or consent banner, 2 advertisements, 1 share bar,"
            + " 1 newsletter or subscription box, 1 figure or caption, 2 related-links lists, 1 comments section,"
            + " 1 sidebar, 5 scripts and styles, 1 text block outside the main text, 1 heading\n";

    @TempDir
    Path dir;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void savedPage_isWrittenBesideByDefault_withWhereItWentAndAnAccount() throws IOException {
        Files.copy(ARTICLES.resolve("news-page.html"), dir.resolve("salmon.html"));
        CliRun run = CliRun.in(dir, "article", "salmon.html");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("wrote salmon.txt\n" + NEWS_ACCOUNT);
        String written = Files.readString(dir.resolve("salmon.txt"));
        assertThat(written).startsWith("Atlantic salmon have returned").endsWith("at least five years.\n");
        assertThat(written.lines()).hasSize(7);
    }

    @Test
    void existingOutput_isNeverOverwritten_withoutForce() throws IOException {
        Files.writeString(dir.resolve("mine.txt"), "my own notes\n");
        CliRun run =
                CliRun.in(dir, "article", ARTICLES.resolve("hard-wrapped.txt").toString(), "--out", "mine.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "lectern article: mine.txt exists; add --force to overwrite it, or name another file with --out\n");
        assertThat(Files.readString(dir.resolve("mine.txt"))).isEqualTo("my own notes\n");

        CliRun forced = CliRun.in(
                dir, "article", ARTICLES.resolve("hard-wrapped.txt").toString(), "--out", "mine.txt", "--force");
        assertThat(forced.code()).isEqualTo(0);
        assertThat(forced.out())
                .isEqualTo("wrote mine.txt\nkept 3 paragraphs (161 words) of plain text;" + " dropped nothing\n");
        assertThat(Files.readString(dir.resolve("mine.txt")))
                .startsWith("The Alder rises")
                .hasLineCount(3);
    }

    @Test
    void textSource_getsItsOwnName_neverItself() throws IOException {
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seed.txt"));
        CliRun run = CliRun.in(dir, "article", "seed.txt");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out())
                .startsWith("wrote seed.article.txt\nkept 29 paragraphs (901 words) of plain text;"
                        + " dropped nothing\nnote: paragraph 5: looks like a stray headline");
        assertThat(run.out().lines().filter(l -> l.startsWith("note: "))).hasSize(4);
        CliRun self = CliRun.in(dir, "article", "seed.txt", "--out", "seed.txt", "--force");
        assertThat(self.code()).isEqualTo(2);
        assertThat(self.err())
                .isEqualTo("lectern article: seed.txt is the source itself; name another file with" + " --out\n");
    }

    @Test
    void outDash_printsTheArticle_andTheAccountGoesToStandardError() {
        CliRun run =
                CliRun.in(dir, "article", ARTICLES.resolve("field-notes.md").toString(), "--out", "-");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).startsWith("The survey team walked").hasLineCount(8);
        assertThat(run.err())
                .isEqualTo("kept 8 paragraphs (112 words) of Markdown; dropped 2 headings,"
                        + " 1 horizontal rule, 1 front-matter block, 1 code block, 1 raw HTML block, 1 image\n");
    }

    @Test
    void badInput_exits1_missingSource_exits2_andNothingIsWritten() throws IOException {
        Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        CliRun binary = CliRun.in(dir, "article", "photo.html");
        assertThat(binary.code()).isEqualTo(1);
        assertThat(binary.err())
                .isEqualTo("lectern article: photo.html is a PNG image, not HTML; save it as HTML,"
                        + " Markdown, plain text or PDF and convert that\n");
        CliRun missing = CliRun.in(dir, "article", "nope.html");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("lectern article: no such file: nope.html\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("photo.html");
        }
    }

    @Test
    void url_isFetched_namedAfterItsLastSegment() throws IOException {
        byte[] page = Files.readAllBytes(ARTICLES.resolve("news-page.html"));
        serve("/2025/may/14/salmon-return.html", 200, "text/html; charset=utf-8", page);
        CliRun run = CliRun.in(dir, "article", url("/2025/may/14/salmon-return.html"));
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("wrote salmon-return.txt\n" + NEWS_ACCOUNT);
        assertThat(Files.readString(dir.resolve("salmon-return.txt"))).contains("The trust’s chair, Rui Fernandes");
    }

    @Test
    void url_notFound_exits2_withTheServersAnswer() throws IOException {
        serve("/gone", 404, "text/html", "<html><body><p>Not here</p></body></html>".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.in(dir, "article", url("/gone"), "--out", "gone.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lectern article: cannot fetch " + url("/gone") + ": the server answered 404 Not Found\n");
        assertThat(dir.resolve("gone.txt")).doesNotExist();
    }

    @Test
    void url_thatIsAnImage_exits1() throws IOException {
        serve("/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        CliRun run = CliRun.in(dir, "article", url("/logo.png"));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("lectern article: " + url("/logo.png") + " is not a page Lectern can read:"
                        + " the server sent image/png; HTML, Markdown, plain text and PDF are\n");
    }

    @Test
    void unreachableUrl_exits2() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/story";
        CliRun run = CliRun.in(dir, "article", url);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern article: cannot fetch " + url + ": connection refused\n");
    }

    @Test
    void defaultNames_comeFromTheSource() {
        assertThat(ArticleCommand.defaultName("https://en.wikipedia.org/wiki/River_Alder", true, null))
                .isEqualTo("River_Alder.txt");
        assertThat(ArticleCommand.defaultName("https://example.org/", true, null))
                .isEqualTo("example.org.txt");
        assertThat(ArticleCommand.defaultName("https://example.org/news/caf%C3%A9%20story/", true, null))
                .isEqualTo("café-story.txt");
        assertThat(ArticleCommand.defaultName("report.pdf", false, Path.of("in/report.pdf")))
                .isEqualTo("report.txt");
    }

    private void serve(String path, int status, String type, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean found = exchange.getRequestURI().getPath().equals(path);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(found ? status : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
