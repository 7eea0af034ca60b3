package dev.lectern.load;

import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.article.QuoteFinder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Locates one quote and, when it is not there exactly once, tells the teacher where the near misses are. */
final class QuoteCheck {
    private final LoadContext ctx;
    private final QuoteFinder finder;

    QuoteCheck(LoadContext ctx) {
        this.ctx = ctx;
        this.finder = ctx.quotes().orElseThrow();
    }

    /** The one place the quote occurs, in paragraph {@code within} or (0) anywhere. */
    Optional<Passage> locate(Scalar quote, int within) {
        String scope = within > 0 ? "paragraph " + within : "the article";
        String shown = "\"" + Scalar.abbreviate(quote.text().strip(), 60) + "\"";
        List<Passage> found = finder.find(quote.text(), within);
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        if (found.size() > 1) {
            List<String> sentences =
                    found.stream().map(ctx::sentence).distinct().toList();
            String places = sentences.stream().limit(5).collect(Collectors.joining(", "))
                    + (sentences.size() > 5 ? " and " + (sentences.size() - 5) + " more" : "");
            ctx.problems()
                    .error(
                            quote.pos(),
                            "quote " + shown + " occurs " + found.size() + " times in " + scope
                                    + " (in sentences " + places + "); quote more words"
                                    + (within > 0 ? "" : " or add 'paragraph:'")
                                    + " so it points at one place");
            return Optional.empty();
        }
        ctx.problems().error(quote.pos(), "quote " + shown + " not found in " + scope + "; " + nearMiss(quote, within));
        return Optional.empty();
    }

    private String nearMiss(Scalar quote, int within) {
        Optional<String> wrapped = wrappedInQuotes(quote.text().strip(), within);
        if (wrapped.isPresent()) {
            return wrapped.get();
        }
        if (within > 0) {
            List<Passage> elsewhere = finder.find(quote.text(), 0);
            if (!elsewhere.isEmpty()) {
                return "it occurs in " + ctx.where(elsewhere.get(0)) + "; correct 'paragraph:'";
            }
        }
        Optional<QuoteFinder.NearMiss> near = finder.nearest(quote.text(), within);
        if (near.isEmpty()) {
            return "not even its first word occurs there";
        }
        Passage at = near.get().passage();
        Paragraph paragraph = ctx.article().orElseThrow().paragraph(at.paragraph());
        if (near.get().differsOnlyInCase()) {
            return "it occurs with different capitals in " + ctx.where(at) + ": \"" + paragraph.slice(at.span()) + "\"";
        }
        String matched = paragraph.slice(at.span());
        String tail = paragraph
                .text()
                .substring(
                        at.span().end(),
                        Math.min(paragraph.text().length(), at.span().end() + 25));
        return "the nearest text is in " + ctx.where(at) + ", which matches as far as \"" + lastWords(matched)
                + "\" and then reads \"" + tail + (tail.length() == 25 ? "…" : "") + "\"";
    }

    /**
     * A quote pasted with the quotation marks around it ({@code “led by Vladimir Medinsky”}), which the article does
     * not have there: said as such, with the quote to write instead.
     */
    private Optional<String> wrappedInQuotes(String text, int within) {
        boolean opens = !text.isEmpty() && OPENING.indexOf(text.charAt(0)) >= 0;
        boolean closes = text.length() > 1 && CLOSING.indexOf(text.charAt(text.length() - 1)) >= 0;
        if (!opens && !closes) {
            return Optional.empty();
        }
        String inner =
                text.substring(opens ? 1 : 0, text.length() - (closes ? 1 : 0)).strip();
        List<Passage> found = inner.isEmpty() ? List.of() : finder.find(inner, within);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        boolean curly = (opens && text.charAt(0) > 0x7f) || (closes && text.charAt(text.length() - 1) > 0x7f);
        String marks = (curly ? "the curly quotes" : "the quotation marks")
                + (opens && closes ? " around it" : opens ? " at its start" : " at its end");
        String shown = "\"" + Scalar.abbreviate(inner, 60).replace("\"", "\\\"") + "\"";
        return Optional.of(marks + " are not in the article, but the words inside them are"
                + (found.size() == 1
                        ? ", in " + ctx.where(found.get(0)) + ": write the quote without them, " + shown
                        : " (" + found.size() + " times): write the quote without them, and with more words"));
    }

    private static final String OPENING = "“‘„‚«‹\"'";
    private static final String CLOSING = "”’“‘»›\"'";

    private static String lastWords(String matched) {
        return matched.length() <= 30 ? matched : "…" + matched.substring(matched.length() - 29);
    }
}
