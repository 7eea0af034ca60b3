package dev.lectern.article;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<String> lines = Arrays.asList(text.split("\\R", -1));
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
