package dev.lectern.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF to paragraphs with Apache PDFBox: the lines of each page in reading order ({@link PdfLines}), running
 * headers, footers and page numbers removed ({@link RunningLines}), and lines joined into paragraphs where PDFBox
 * sees a paragraph start (an indent, a larger gap) or where a line stops short after a sentence. A paragraph
 * broken by a page break is joined again when the page ends mid-sentence.
 */
final class PdfText {
    /**
     * PDFBox reports fonts it cannot map and similar through commons-logging, which falls back to
     * java.util.logging and prints to standard error; a teacher converting a PDF should not see those. Held here so
     * the setting is not lost when the logger is collected.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"'”’»)\\]]*$");

    private PdfText() {}

    /** The paragraphs, or throws {@link Unusable} for a PDF that is damaged or locked. */
    static List<String> paragraphs(byte[] bytes, String name, Tally dropped) throws Unusable {
        PDFBOX_LOG.setLevel(Level.OFF);
        FONTBOX_LOG.setLevel(Level.OFF);
        List<List<PdfLine>> pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            pages = PdfLines.of(document);
        } catch (InvalidPasswordException e) {
            throw new Unusable(name + " is a password-protected PDF; save an unprotected copy and convert that");
        } catch (IOException | RuntimeException e) {
            throw new Unusable(name + " is not a readable PDF (" + e.getMessage() + ")");
        }
        List<List<PdfLine>> body = RunningLines.remove(pages, dropped);
        List<List<String>> blocks = new ArrayList<>();
        List<String> all = new ArrayList<>();
        List<String> block = null;
        String previous = null;
        for (List<PdfLine> page : body) {
            float width = page.stream()
                    .map(l -> l.text().length())
                    .max(Integer::compare)
                    .orElse(0);
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                boolean newPage = i == 0;
                boolean starts = block == null
                        || (newPage
                                ? !continues(previous, line.text())
                                : line.startsParagraph() || endsShort(previous, width));
                if (starts) {
                    block = new ArrayList<>();
                    blocks.add(block);
                }
                block.add(line.text());
                all.add(line.text());
                previous = line.text();
            }
        }
        LineJoiner joiner = new LineJoiner(all);
        List<String> paragraphs = new ArrayList<>();
        for (List<String> b : blocks) {
            String p = joiner.join(b);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    /** A page's first line continues the last paragraph when that stopped mid-sentence. */
    private static boolean continues(String previous, String first) {
        return previous != null
                && (!SENTENCE_END.matcher(previous).matches() || Character.isLowerCase(first.codePointAt(0)));
    }

    private static boolean endsShort(String previous, float width) {
        return previous != null
                && previous.length() < width * 0.75
                && SENTENCE_END.matcher(previous).matches();
    }
}
