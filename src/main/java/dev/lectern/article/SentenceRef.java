package dev.lectern.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence {@code sentence} of paragraph {@code paragraph}, both from 1, written {@code P.S} ({@code 15.2}). */
public record SentenceRef(int paragraph, int sentence) implements Comparable<SentenceRef> {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\.(\\d{1,6})\\s*");

    public SentenceRef {
        if (paragraph < 1 || sentence < 1) {
            throw new IllegalArgumentException("paragraph and sentence count from 1: " + paragraph + "." + sentence);
        }
    }

    /** Reads {@code "4.10"} as paragraph 4, sentence 10 (never as the number 4.1). */
    public static Optional<SentenceRef> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int p = Integer.parseInt(m.group(1));
        int s = Integer.parseInt(m.group(2));
        return p >= 1 && s >= 1 ? Optional.of(new SentenceRef(p, s)) : Optional.empty();
    }

    @Override
    public int compareTo(SentenceRef other) {
        return paragraph != other.paragraph
                ? Integer.compare(paragraph, other.paragraph)
                : Integer.compare(sentence, other.sentence);
    }

    @Override
    public String toString() {
        return paragraph + "." + sentence;
    }
}
