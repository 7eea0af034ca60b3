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
                throw new IllegalArgumentException("paragraph " + (i + 1) + " is numbered " + paragraphs.get(i).number());
            }
        }
    }

    public static Article fromText(String name, String text) {
        String[] lines = text.split("\\R", -1);
        boolean blocks = hasBlankLineBetweenText(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
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

    private static boolean hasBlankLineBetweenText(String[] lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText = seenText;
            } else if (blankAfterText) {
                return true;
            } else {
                seenText = true;
            }
        }
        return false;
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
        if (!hasParagraph(ref.paragraph()) || ref.sentence() > paragraph(ref.paragraph()).sentenceCount()) {
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
