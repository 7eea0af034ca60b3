package dev.lectern.source;

import dev.lectern.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text to paragraphs. Blank lines separate paragraphs when there are any (the lines of each are joined);
 * without blank lines, a hard-wrapped text (most lines filled to about the same width) starts a paragraph after a
 * short line that ends a sentence, or at an indented line; any other text is already a paragraph a line.
 */
final class PlainText {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:…][\"'”’»)\\]]*$");
    private static final int MAX_WRAP_WIDTH = 100;

    private PlainText() {}

    static List<String> paragraphs(String text) {
        List<String> lines = Arrays.asList(text.replace('\f', '\n').split("\\R", -1));
        LineJoiner joiner = new LineJoiner(lines);
        List<List<String>> blocks = Article.hasBlankLineBetweenText(lines)
                ? byBlankLines(lines)
                : hardWrapped(lines) ? byWrapShape(lines) : byLine(lines);
        List<String> paragraphs = new ArrayList<>();
        for (List<String> block : blocks) {
            String p = joiner.join(block);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private static List<List<String>> byBlankLines(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (Article.isBlankLine(line)) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static List<List<String>> byLine(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        lines.stream().filter(l -> !Article.isBlankLine(l)).forEach(l -> blocks.add(List.of(l)));
        return blocks;
    }

    /** Lines wrapped at a width: at least three, nine in ten no wider than 100, most filled to near that width. */
    static boolean hardWrapped(List<String> lines) {
        List<String> text = lines.stream().filter(l -> !Article.isBlankLine(l)).toList();
        if (text.size() < 3) {
            return false;
        }
        int width = wrapWidth(text);
        if (width > MAX_WRAP_WIDTH || width < 20) {
            return false;
        }
        long filled = text.stream()
                .filter(l -> l.stripTrailing().length() >= width * 0.6)
                .count();
        long open = text.stream()
                .filter(l -> !SENTENCE_END.matcher(l.stripTrailing()).matches())
                .count();
        return filled * 2 >= text.size() && open * 3 >= text.size();
    }

    /** The width lines are wrapped at: the length nine in ten lines do not exceed. */
    private static int wrapWidth(List<String> text) {
        int[] lengths =
                text.stream().mapToInt(l -> l.stripTrailing().length()).sorted().toArray();
        return lengths[Math.min(lengths.length - 1, (int) Math.ceil(lengths.length * 0.9) - 1)];
    }

    private static List<List<String>> byWrapShape(List<String> lines) {
        List<String> text = lines.stream().filter(l -> !Article.isBlankLine(l)).toList();
        int width = wrapWidth(text);
        long indented = text.stream().filter(PlainText::indented).count();
        boolean indentsMark = indented > 0 && indented * 2 < text.size();
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text) {
            if (!block.isEmpty()
                    && ((indentsMark && indented(line)) || endsShort(block.get(block.size() - 1), width))) {
                blocks.add(block);
                block = new ArrayList<>();
            }
            block.add(line);
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static boolean indented(String line) {
        return line.startsWith("\t") || line.startsWith("  ");
    }

    /** A line that stops well short of the wrap width after a sentence's end closes its paragraph. */
    private static boolean endsShort(String line, int width) {
        String s = line.stripTrailing();
        return s.length() < width * 0.8 && SENTENCE_END.matcher(s).matches();
    }
}
