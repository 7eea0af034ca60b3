package dev.lectern.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input Lectern cannot use is refused with a message saying what it is; never converted to nothing. */
class SourcesTest {
    @Test
    void emptyFile_isRefused() {
        assertThat(Convert.text("empty.txt", " \n\n").refusal()).isEqualTo(new Refusal("empty.txt is empty", false));
    }

    @Test
    void binaryFile_isRefused_sayingItIsBinary() {
        assertThat(Convert.bytes("data.txt", new byte[] {'a', 0, 1, 2, 'b'})
                        .refusal()
                        .message())
                .isEqualTo("data.txt is binary (it has NUL bytes), not plain text; if it is text, save it as UTF-8");
    }

    @Test
    void imageNamedHtml_isRefused_sayingWhatItIs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertThat(Convert.bytes("page.html", png).refusal().message())
                .isEqualTo("page.html is a PNG image, not"
                        + " HTML; save it as HTML, Markdown, plain text or PDF and convert that");
    }

    @Test
    void wordDocument_isRefused_withAHint() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThat(Convert.bytes("essay.docx", zip).refusal().message())
                .startsWith("essay.docx is a ZIP archive (a .docx, .odt or .epub file?), not plain text;");
    }

    @Test
    void textNamedHtml_isRefused_asNotHtml() {
        assertThat(Convert.text("story.html", "Just some words, no tags at all.\n")
                        .refusal()
                        .message())
                .isEqualTo("story.html is not HTML: it has no tags; if it is plain text, give it a .txt name");
    }

    @Test
    void pageOfNothingButNavigation_isRefused_asNoTextFound() {
        Outcome outcome = Convert.text(
                "menu.html", "<html><body><nav><a href='/'>Home</a></nav>" + "<footer>© 2025</footer></body></html>");
        assertThat(outcome.refusal().message())
                .startsWith("no text found in menu.html: every block on the page is"
                        + " navigation or boilerplate, or the page builds its text with JavaScript;");
    }

    @Test
    void textThatIsNotUtf8_isRefused_sayingWhere() {
        byte[] latin1 = "caf\u00e9\nna\u00efve\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Convert.bytes("notes.md", latin1).refusal().message())
                .isEqualTo("notes.md is not valid UTF-8 (byte 0xE9 at line 1); save it as UTF-8");
    }

    @Test
    void kinds_areDecidedByContentFirst_thenName() {
        assertThat(SourceKind.detect("x.txt", "<!DOCTYPE html><p>a".getBytes(UTF_8), ""))
                .isEqualTo(SourceKind.HTML);
        assertThat(SourceKind.detect("x", "<!-- saved --> <html>".getBytes(UTF_8), ""))
                .isEqualTo(SourceKind.HTML);
        assertThat(SourceKind.detect("x.md", "# Title".getBytes(UTF_8), "")).isEqualTo(SourceKind.MARKDOWN);
        assertThat(SourceKind.detect("page", "hello".getBytes(UTF_8), "text/html"))
                .isEqualTo(SourceKind.HTML);
        assertThat(SourceKind.detect("notes", "hello".getBytes(UTF_8), "")).isEqualTo(SourceKind.TEXT);
        assertThat(SourceKind.detect("x.html", "%PDF-1.4".getBytes(UTF_8), "")).isEqualTo(SourceKind.PDF);
    }
}
