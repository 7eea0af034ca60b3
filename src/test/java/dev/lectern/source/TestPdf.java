package dev.lectern.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes small PDFs for the tests, the way a word processor lays out a report: a running header and footer on every
 * page, a page number, and body lines (an empty string is a paragraph gap) set at fixed positions.
 */
final class TestPdf {
    private static final float TOP = 760;
    private static final float LEADING = 14;

    private TestPdf() {}

    /** One entry per page: its body lines. Header, footer and a page number are added to each. */
    static byte[] make(String header, String footer, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDType1Font small = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 0; n < pages.size(); n++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    line(s, small, 9, 72, 750 + 20, header);
                    float y = TOP - 30;
                    for (String text : pages.get(n)) {
                        if (!text.isEmpty()) {
                            line(s, body, 11, 72, y, text);
                        }
                        y -= LEADING;
                    }
                    line(s, small, 9, 72, 40, footer);
                    line(s, small, 9, 300, 24, String.valueOf(n + 1));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
