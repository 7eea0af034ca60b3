package dev.lectern.interchange;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.article.QuoteFinder;
import dev.lectern.article.Span;
import dev.lectern.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explanation and evidence passages of a question as one general feedback text, which platforms show after
 * an answer: the explanation, then a line per passage, {@code Evidence, paragraph 2: "its delegation would be led
 * by Vladimir Medinsky"} or {@code Evidence, sentence 16.2: "…"}. Reading such a feedback back gives the
 * explanation and the passages again, located in the same article, so a set survives the round trip.
 */
public final class EvidenceNote {
    private static final Pattern LINE =
            Pattern.compile("Evidence, (?:paragraph (\\d{1,6})|sentence (\\d{1,6})\\.(\\d{1,6})): \"(.*)\"");

    /** What a general feedback held: the explanation (the other lines) and the evidence lines as written. */
    public record Parsed(Optional<String> explain, List<Reference> references) {
        public Parsed {
            references = List.copyOf(references);
        }
    }

    /** One evidence line: paragraph {@code paragraph}, sentence {@code sentence} of it (0: none given), the text. */
    public record Reference(int paragraph, int sentence, String text) {}

    private EvidenceNote() {}

    /** The general feedback of {@code q}: its explanation and its evidence lines; empty when it has neither. */
    public static String generalFeedback(Question q, Article article) {
        List<String> lines = new ArrayList<>();
        q.header().explain().ifPresent(lines::add);
        for (Passage p : q.evidence()) {
            lines.add(line(p, article));
        }
        return String.join("\n", lines);
    }

    static String line(Passage p, Article article) {
        Paragraph paragraph = article.paragraph(p.paragraph());
        int sentence = paragraph.sentences().indexOf(p.span()) + 1;
        boolean whole = p.span().equals(new Span(0, paragraph.text().length()));
        String where =
                sentence > 0 && !whole ? "sentence " + p.paragraph() + "." + sentence : "paragraph " + p.paragraph();
        return "Evidence, " + where + ": \"" + article.text(p) + "\"";
    }

    public static Parsed parse(String feedback) {
        List<String> explain = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        for (String line : feedback.split("\\R", -1)) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                boolean sentence = m.group(2) != null;
                refs.add(new Reference(
                        Integer.parseInt(sentence ? m.group(2) : m.group(1)),
                        sentence ? Integer.parseInt(m.group(3)) : 0,
                        m.group(4)));
            } else {
                explain.add(line);
            }
        }
        String text = String.join("\n", explain).strip();
        return new Parsed(text.isEmpty() ? Optional.empty() : Optional.of(text), refs);
    }

    /** The passage a reference names in {@code article}, when its text is there: a sentence, paragraph or quote. */
    public static Optional<Passage> locate(Reference ref, Article article, QuoteFinder quotes) {
        if (!article.hasParagraph(ref.paragraph())) {
            return Optional.empty();
        }
        Paragraph paragraph = article.paragraph(ref.paragraph());
        if (ref.sentence() > 0
                && ref.sentence() <= paragraph.sentenceCount()
                && paragraph.sentence(ref.sentence()).equals(ref.text())) {
            return Optional.of(Passage.sentence(paragraph, ref.sentence()));
        }
        if (paragraph.text().equals(ref.text())) {
            return Optional.of(Passage.wholeParagraph(paragraph));
        }
        List<Passage> found = quotes.find(ref.text(), ref.paragraph());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
