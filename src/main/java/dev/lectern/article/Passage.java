package dev.lectern.article;

/** A located piece of an article: a span of one paragraph's text. */
public record Passage(int paragraph, Span span) {
    public Passage {
        if (paragraph < 1) {
            throw new IllegalArgumentException("paragraphs count from 1: " + paragraph);
        }
    }

    public static Passage wholeParagraph(Paragraph p) {
        return new Passage(p.number(), new Span(0, p.text().length()));
    }

    public static Passage sentence(Paragraph p, int sentence) {
        return new Passage(p.number(), p.sentences().get(sentence - 1));
    }
}
