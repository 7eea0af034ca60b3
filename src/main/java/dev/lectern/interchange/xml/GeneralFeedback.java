package dev.lectern.interchange.xml;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.article.QuoteFinder;
import dev.lectern.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a course platform shows after a question is answered: Lectern's explanation and the evidence passages,
 * one paragraph each, an evidence paragraph written {@code Evidence, paragraph 9: "…"} so that a reader who
 * knows the article finds the passage again and the round trip keeps it.
 */
public final class GeneralFeedback {
    // The same line as the GIFT export's (interchange.EvidenceNote), so lectern import reads either back.
    private static final Pattern EVIDENCE = Pattern.compile(
            "Evidence, (?:paragraph (\\d{1,6})|sentence (\\d{1,6})\\.(\\d{1,6})): \"(.*)\"", Pattern.DOTALL);

    /** The explanation and evidence read back from a platform's feedback text. */
    public record Parts(Optional<String> explain, List<Passage> evidence, List<String> notFound) {
        public Parts {
            evidence = List.copyOf(evidence);
            notFound = List.copyOf(notFound);
        }
    }

    private GeneralFeedback() {}

    /** The paragraphs of plain text to show: the explanation, then one per evidence passage. */
    public static List<String> paragraphs(Optional<String> explain, List<Passage> evidence, Article article) {
        List<String> out = new ArrayList<>();
        explain.filter(e -> !e.isBlank()).ifPresent(out::add);
        for (Passage p : evidence) {
            Paragraph paragraph = article.paragraph(p.paragraph());
            int sentence = paragraph.sentences().indexOf(p.span()) + 1;
            boolean whole = p.span().equals(new Span(0, paragraph.text().length()));
            String where = sentence > 0 && !whole
                    ? "sentence " + p.paragraph() + "." + sentence
                    : "paragraph " + p.paragraph();
            out.add("Evidence, " + where + ": \"" + article.text(p) + "\"");
        }
        return out;
    }

    /**
     * Splits feedback text (plain, paragraphs separated by blank lines) into the explanation and the evidence
     * passages found in {@code article}; an evidence paragraph whose passage is not in the article stays in the
     * explanation and is listed in {@code notFound}.
     */
    public static Parts parse(String text, Optional<Article> article) {
        List<String> explain = new ArrayList<>();
        List<Passage> evidence = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String para : text.split("\n\n", -1)) {
            String p = para.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = EVIDENCE.matcher(p);
            Optional<Passage> found = Optional.empty();
            if (m.matches() && article.isPresent()) {
                found = m.group(2) != null
                        ? sentence(
                                article.get(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4))
                        : locate(article.get(), Integer.parseInt(m.group(1)), m.group(4));
            }
            if (found.isPresent()) {
                evidence.add(found.get());
            } else {
                if (m.matches()) {
                    notFound.add(p);
                }
                explain.add(p);
            }
        }
        String joined = String.join("\n\n", explain);
        return new Parts(joined.isEmpty() ? Optional.empty() : Optional.of(joined), evidence, notFound);
    }

    private static Optional<Passage> sentence(Article article, int paragraph, int sentence, String text) {
        if (article.hasParagraph(paragraph)
                && sentence <= article.paragraph(paragraph).sentenceCount()
                && article.paragraph(paragraph).sentence(sentence).equals(text)) {
            return Optional.of(Passage.sentence(article.paragraph(paragraph), sentence));
        }
        return locate(article, paragraph, text);
    }

    private static Optional<Passage> locate(Article article, int paragraph, String quote) {
        if (!article.hasParagraph(paragraph) || quote.isBlank()) {
            return Optional.empty();
        }
        String whole = article.paragraph(paragraph).text();
        if (whole.equals(quote)) {
            return Optional.of(new Passage(paragraph, new Span(0, whole.length())));
        }
        List<Passage> found = new QuoteFinder(article).find(quote, paragraph);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
