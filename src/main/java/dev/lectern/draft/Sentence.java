package dev.lectern.draft;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.article.SentenceRef;
import java.util.ArrayList;
import java.util.List;

/** One sentence of an article, where it is, and its text. */
record Sentence(SentenceRef ref, Passage passage, String text) {
    static List<Sentence> of(Article article) {
        List<Sentence> all = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            for (int s = 1; s <= p.sentenceCount(); s++) {
                all.add(new Sentence(new SentenceRef(p.number(), s), Passage.sentence(p, s), p.sentence(s)));
            }
        }
        return all;
    }

    int words() {
        return text.split("\\s+").length;
    }

    /** A sentence a question can be built on: ends like one, is not a headline, a byline or a quotation. */
    boolean isStatement() {
        return text.matches("(?s).*[.!]['\")\\]”’]*")
                && words() >= 6
                && words() <= 45
                && !text.startsWith("-")
                && !text.contains("“")
                && !text.contains("\"")
                && !text.contains("?");
    }

    /** "sentence 4.2: A Russian missile attack…", for the comment above a question. */
    String comment() {
        return "from sentence " + ref + ": "
                + (text.length() <= 90 ? text : text.substring(0, 89).strip() + "…");
    }
}
