package dev.lectern.source;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Turns a source into an article: reads the file or fetches the URL, decides what it is ({@link SourceKind}),
 * refuses what it cannot use (empty, binary, not valid UTF-8, no text in it) and converts the rest.
 */
public final class Sources {
    /** Larger sources are refused rather than read into memory. */
    public static final long MAX_BYTES = 50L << 20;

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Set<String> TEXT_TYPES = Set.of(
            "",
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "text/markdown",
            "text/x-markdown",
            "application/pdf",
            "application/octet-stream",
            "text/xml",
            "application/xml");

    private Sources() {}

    /** True for an argument that names a web page rather than a file. */
    public static boolean isUrl(String source) {
        String s = source.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Converts the file {@code file}, calling it {@code name} in messages. */
    public static Outcome fromFile(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                return Outcome.refused(Refusal.unavailable(name + " is a folder; give a file or a URL"));
            }
            if (Files.size(file) > MAX_BYTES) {
                return Outcome.refused(Refusal.unusable(name + " is larger than " + (MAX_BYTES >> 20) + " MB"));
            }
            return convert(name, Files.readAllBytes(file), "", "");
        } catch (NoSuchFileException e) {
            return Outcome.refused(Refusal.unavailable("no such file: " + name));
        } catch (IOException e) {
            return Outcome.refused(Refusal.unavailable("cannot read " + name + ": " + e.getMessage()));
        }
    }

    /** Fetches and converts the page at {@code url}. */
    public static Outcome fromUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
            if (uri.getHost() == null) {
                return Outcome.refused(Refusal.unavailable("'" + url + "' is not a web address (no host name)"));
            }
        } catch (IllegalArgumentException e) {
            return Outcome.refused(Refusal.unavailable("'" + url + "' is not a web address: " + e.getMessage()));
        }
        try {
            WebPage.Fetched page = WebPage.get(uri, TIMEOUT, MAX_BYTES);
            if (!TEXT_TYPES.contains(page.contentType()) && !page.contentType().startsWith("text/")) {
                return Outcome.refused(Refusal.unusable(url + " is not a page Lectern can read: the server sent "
                        + page.contentType() + "; HTML, Markdown, plain text and PDF are"));
            }
            return convert(url, page.body(), page.contentType(), page.charset());
        } catch (Unavailable e) {
            return Outcome.refused(Refusal.unavailable(e.getMessage()));
        } catch (Unusable e) {
            return Outcome.refused(Refusal.unusable(e.getMessage()));
        }
    }

    /** Converts {@code bytes} named {@code name}, served as {@code contentType} in {@code charset} (empty if not). */
    static Outcome convert(String name, byte[] bytes, String contentType, String charset) {
        try {
            SourceKind kind = SourceKind.detect(name, bytes, contentType);
            if (kind != SourceKind.PDF) {
                refuseBinary(name, bytes, kind);
            }
            Tally dropped = new Tally();
            List<String> paragraphs = paragraphs(kind, name, bytes, charset, dropped);
            if (paragraphs.isEmpty()) {
                throw new Unusable("no text found in " + name + hint(kind));
            }
            return new Outcome(
                    new ArticleText(kind, paragraphs, dropped.counts(), StrayHeadlines.notes(paragraphs)), null);
        } catch (Unusable e) {
            return Outcome.refused(Refusal.unusable(e.getMessage()));
        }
    }

    private static List<String> paragraphs(SourceKind kind, String name, byte[] bytes, String charset, Tally dropped)
            throws Unusable {
        return switch (kind) {
            case PDF -> PdfText.paragraphs(bytes, name, dropped);
            case HTML -> html(name, bytes, charset, dropped);
            case MARKDOWN -> MarkdownText.paragraphs(utf8(name, bytes), dropped);
            default -> PlainText.paragraphs(utf8(name, bytes));
        };
    }

    private static List<String> html(String name, byte[] bytes, String charset, Tally dropped) throws Unusable {
        org.jsoup.nodes.Document doc;
        try {
            // Bytes that are valid UTF-8 are UTF-8, whatever an old <meta charset> says: pages saved by a browser or
            // an editor are re-encoded without their declaration being updated, and other encodings are almost
            // never valid UTF-8 by chance. Otherwise jsoup follows the byte-order mark, then the declaration.
            String declared = !charset.isEmpty() ? charset : validUtf8(bytes) ? "UTF-8" : null;
            doc = HtmlText.parse(bytes, declared, "");
        } catch (IOException | IllegalArgumentException e) {
            throw new Unusable(name + " cannot be read as HTML: " + e.getMessage());
        }
        if (!HtmlText.hasMarkup(doc)) {
            throw new Unusable(name + " is not HTML: it has no tags; if it is plain text, give it a .txt name");
        }
        return HtmlText.paragraphs(doc, dropped);
    }

    private static void refuseBinary(String name, byte[] bytes, SourceKind kind) throws Unusable {
        if (bytes.length == 0
                || (new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).isBlank()
                        && bytes.length <= 4096)) {
            throw new Unusable(name + " is empty");
        }
        String what = Signature.of(bytes);
        if (!what.isEmpty()) {
            throw new Unusable(name + " is " + what + ", not " + kind.label()
                    + "; save it as HTML, Markdown, plain text or PDF and convert that");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new Unusable(name + " is binary (it has NUL bytes), not " + kind.label()
                        + "; if it is text, save it as UTF-8");
            }
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String utf8(String name, byte[] bytes) throws Unusable {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unusable(
                    name + " is not valid UTF-8 (" + Signature.firstBadByte(bytes, start) + "); save it as UTF-8");
        }
    }

    private static String hint(SourceKind kind) {
        return switch (kind) {
            case HTML ->
                ": every block on the page is navigation or boilerplate, or the page builds its text with"
                        + " JavaScript; save it from the browser once it has loaded (Save Page As, complete)";
            case PDF -> ": the PDF has no text layer (a scan?); run OCR on it first";
            default -> "";
        };
    }
}
