package dev.lectern.source;

import java.util.Locale;

/** What a source is, decided from its first bytes, then its declared content type, then its file name. */
public enum SourceKind {
    HTML("HTML"),
    MARKDOWN("Markdown"),
    TEXT("plain text"),
    PDF("PDF");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The kind of {@code bytes} named {@code name}, served as {@code contentType} (empty for a file). A PDF is known
     * by its signature whatever its name; an HTML document by its opening tags; then the content type and the
     * extension decide, and anything else is plain text.
     */
    static SourceKind detect(String name, byte[] bytes, String contentType) {
        if (startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[?#].*", "");
        if (type.contains("html")
                || type.contains("xhtml")
                || lower.endsWith(".html")
                || lower.endsWith(".htm")
                || lower.endsWith(".xhtml")
                || looksLikeHtml(bytes)) {
            return HTML;
        }
        if (type.contains("pdf") || lower.endsWith(".pdf")) {
            return PDF;
        }
        if (type.contains("markdown")
                || lower.endsWith(".md")
                || lower.endsWith(".markdown")
                || lower.endsWith(".mdown")
                || lower.endsWith(".mkd")) {
            return MARKDOWN;
        }
        return TEXT;
    }

    /** A document that opens (after a byte-order mark, blanks and comments) with a doctype or an html tag. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        while (head.startsWith("<!--") && head.contains("-->")) {
            head = head.substring(head.indexOf("-->") + 3).stripLeading();
        }
        if (head.startsWith("<?xml")) {
            head = head.substring(head.indexOf('>') + 1).stripLeading();
        }
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("<head")
                || head.startsWith("<body");
    }

    private static boolean startsWith(byte[] bytes, String signature) {
        if (bytes.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (bytes[i] != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
