package dev.lectern.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain-text article split into numbered paragraphs.
 *
 * <p>When the text has no blank lines every non-blank line is a paragraph (the seed's layout); otherwise
 * blank-line-separated blocks are paragraphs and their hard-wrapped lines are joined with single spaces.
 */
public record Article(String name, List<Paragraph> paragraphs) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).number() != i + 1) {
                throw new IllegalArgumentException("paragraph " + (i + 1) + " is numbered "
                        + paragraphs.get(i).number());
            }
        }
    }

    public static Article fromText(String name, String text) {
        List<String> lines = lines(text);
        boolean blocks = hasBlankLineBetweenText(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            String trimmed = stripSpace(line);
            if (trimmed.isEmpty() || !blocks) {
                flush(block, paragraphs);
            }
            if (!trimmed.isEmpty()) {
                block.append(block.length() == 0 ? "" : " ").append(trimmed);
            }
        }
        flush(block, paragraphs);
        return new Article(name, paragraphs);
    }

    /**
     * The lines of {@code text} as {@code text.split("\\R", -1)} has them (a line break is CR LF, or one of LF, VT,
     * FF, CR, NEL, LS and PS; the empty line after a final break is kept), by one pass over the chars: the regex
     * split was a tenth of loading a set on a 1.6 MB article.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                lines.add(text.substring(start, i));
                i += 2;
                start = i;
            } else if (c == '\n'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\r'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                lines.add(text.substring(start, i));
                i++;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * Whether a blank line stands between two lines of text: then paragraphs are blocks of lines, else each line
     * is one. Shared with {@code lectern article}'s reading of plain text, so a file it writes is read as it meant.
     */
    public static boolean hasBlankLineBetweenText(List<String> lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (isBlankLine(line)) {
                blankAfterText = seenText;
            } else if (blankAfterText) {
                return true;
            } else {
                seenText = true;
            }
        }
        return false;
    }

    /** A line of nothing but white space, no-break spaces included (which {@link String#isBlank} counts as text). */
    public static boolean isBlankLine(String line) {
        return stripSpace(line).isEmpty();
    }

    /**
     * {@code line} without the white space around it, counting the no-break spaces (U+00A0, U+2007, U+202F) that
     * {@link String#strip} keeps: a line of them alone is blank, not a paragraph with no sentence to cite.
     */
    private static String stripSpace(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void flush(StringBuilder block, List<Paragraph> paragraphs) {
        if (block.length() > 0) {
            paragraphs.add(Paragraph.of(paragraphs.size() + 1, block.toString()));
            block.setLength(0);
        }
    }

    public int paragraphCount() {
        return paragraphs.size();
    }

    /** Paragraph {@code n} (from 1). */
    public Paragraph paragraph(int n) {
        return paragraphs.get(n - 1);
    }

    public boolean hasParagraph(int n) {
        return n >= 1 && n <= paragraphs.size();
    }

    public Optional<String> sentenceText(SentenceRef ref) {
        if (!hasParagraph(ref.paragraph())
                || ref.sentence() > paragraph(ref.paragraph()).sentenceCount()) {
            return Optional.empty();
        }
        return Optional.of(paragraph(ref.paragraph()).sentence(ref.sentence()));
    }

    public String text(Passage passage) {
        return paragraph(passage.paragraph()).slice(passage.span());
    }

    public int sentenceCount() {
        return paragraphs.stream().mapToInt(Paragraph::sentenceCount).sum();
    }
}
