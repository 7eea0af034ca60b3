package dev.lectern.article;

import java.util.List;

/** One paragraph of an article: its number (from 1), its text, and its sentences as spans of that text. */
public record Paragraph(int number, String text, List<Span> sentences) {
    public Paragraph {
        if (number < 1) {
            throw new IllegalArgumentException("paragraphs count from 1: " + number);
        }
        sentences = List.copyOf(sentences);
        for (Span s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s + " beyond paragraph " + number);
            }
        }
    }

    public static Paragraph of(int number, String text) {
        return new Paragraph(number, text, SentenceSplitter.split(text));
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** The text of sentence {@code s} (from 1). */
    public String sentence(int s) {
        Span span = sentences.get(s - 1);
        return text.substring(span.start(), span.end());
    }

    /** The number (from 1) of the sentence holding char offset {@code offset}, or of the nearest one before it. */
    public int sentenceAt(int offset) {
        int found = 1;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= offset) {
                found = i + 1;
            }
        }
        return found;
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
