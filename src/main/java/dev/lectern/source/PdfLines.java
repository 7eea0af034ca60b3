package dev.lectern.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of each page in reading order, with their positions, from PDFBox's text stripper (which follows the
 * content stream, so columns are read one after the other, and marks where it sees a paragraph start by indent
 * or by a larger gap).
 */
final class PdfLines extends PDFTextStripper {
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page;
    private final StringBuilder line = new StringBuilder();
    private TextPosition first;
    private boolean paragraphStart;

    private PdfLines() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Each page's lines, top to bottom. */
    static List<List<PdfLine>> of(PDDocument document) throws IOException {
        PdfLines lines = new PdfLines();
        lines.writeText(document, new StringWriter());
        return lines.pages;
    }

    @Override
    protected void startPage(PDPage p) {
        page = new ArrayList<>();
        paragraphStart = true;
    }

    @Override
    protected void endPage(PDPage p) {
        endLine();
        pages.add(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (first == null && !positions.isEmpty()) {
            first = positions.get(0);
        }
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
        paragraphStart = true;
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    private void endLine() {
        String text = Whitespace.collapse(line.toString());
        if (!text.isEmpty() && first != null) {
            page.add(new PdfLine(text, first.getXDirAdj(), first.getYDirAdj(), first.getHeightDir(), paragraphStart));
            paragraphStart = false;
        }
        line.setLength(0);
        first = null;
    }
}
