package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code evidence:} references and proves each against the article: paragraphs and sentences must exist,
 * a quote must occur exactly once.
 */
final class EvidenceReader {
    /** Compiled once: {@code String.matches} compiled it for every evidence of a set. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d{1,9}");

    private static final Set<String> KEYS = Set.of("paragraph", "sentence", "quote");

    private final LoadContext ctx;
    private final Problems problems;

    EvidenceReader(LoadContext ctx) {
        this.ctx = ctx;
        this.problems = ctx.problems();
    }

    /** The passages a reference (or a list of them) points at; those that fail are reported and left out. */
    List<Passage> read(Node node) {
        List<Passage> passages = new ArrayList<>();
        if (node instanceof SequenceNode list) {
            if (list.getValue().isEmpty()) {
                problems.error(Pos.of(node), "'evidence' is an empty list; give at least one reference");
            }
            list.getValue().forEach(item -> readOne(item, passages));
        } else {
            readOne(node, passages);
        }
        return passages;
    }

    private void readOne(Node node, List<Passage> out) {
        Optional<YamlMap> found = YamlMap.of(node, "an evidence reference", problems);
        if (found.isEmpty()) {
            return;
        }
        YamlMap ref = found.get();
        ref.allowOnly(List.of("paragraph", "sentence", "quote"), "evidence");
        if (KEYS.stream().noneMatch(ref::has)) {
            problems.error(
                    ref.pos(),
                    "evidence needs 'paragraph', 'sentence' or 'quote', like"
                            + " { paragraph: 2, quote: \"led by Vladimir Medinsky\" }");
        } else if (ref.has("sentence") && (ref.has("paragraph") || ref.has("quote"))) {
            problems.error(
                    ref.keyPos("sentence"),
                    "use 'sentence' on its own, or 'paragraph' with an optional"
                            + " 'quote'; give a list of references to point at several passages");
        } else if (ref.has("sentence")) {
            ref.node("sentence")
                    .ifPresent(n -> eachScalar(n, "sentence", s -> sentence(s).ifPresent(out::add)));
        } else if (ref.has("quote")) {
            quote(ref).ifPresent(out::add);
        } else {
            ref.node("paragraph")
                    .ifPresent(n -> eachScalar(n, "paragraph", s -> paragraph(s).ifPresent(out::add)));
        }
    }

    private void eachScalar(Node node, String key, java.util.function.Consumer<Scalar> action) {
        List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
        for (Node item : items) {
            Scalar.read(item, "'" + key + "'", problems).ifPresent(action);
        }
    }

    Optional<Passage> paragraph(Scalar s) {
        return paragraphNumber(s).flatMap(n -> ctx.article().map(a -> Passage.wholeParagraph(a.paragraph(n))));
    }

    /** A paragraph number that exists (when the article is known). */
    Optional<Integer> paragraphNumber(Scalar s) {
        if (!PARAGRAPH_NUMBER.matcher(s.text()).matches() || Integer.parseInt(s.text()) < 1) {
            problems.error(s.pos(), "paragraph must be a whole number from 1, like 4; found " + Quoted.of(s.text()));
            return Optional.empty();
        }
        int n = Integer.parseInt(s.text());
        Optional<Article> article = ctx.article();
        if (article.isPresent() && !article.get().hasParagraph(n)) {
            problems.error(
                    s.pos(),
                    "paragraph " + n + " does not exist: the article has "
                            + plural(article.get().paragraphCount(), "paragraph"));
            return Optional.empty();
        }
        return Optional.of(n);
    }

    Optional<Passage> sentence(Scalar s) {
        return sentenceRef(s)
                .flatMap(r -> ctx.article().map(a -> Passage.sentence(a.paragraph(r.paragraph()), r.sentence())));
    }

    /** A sentence reference that exists (when the article is known). */
    Optional<SentenceRef> sentenceRef(Scalar s) {
        Optional<SentenceRef> ref = SentenceRef.parse(s.text());
        if (ref.isEmpty()) {
            problems.error(
                    s.pos(),
                    "" + Quoted.of(s.text()) + " is not a sentence reference; write paragraph.sentence,"
                            + " like \"15.2\"");
            return Optional.empty();
        }
        Optional<Article> article = ctx.article();
        if (article.isEmpty()) {
            return ref;
        }
        SentenceRef r = ref.get();
        if (!article.get().hasParagraph(r.paragraph())) {
            problems.error(
                    s.pos(),
                    "sentence " + r + " does not exist: the article has "
                            + plural(article.get().paragraphCount(), "paragraph"));
            return Optional.empty();
        }
        int count = article.get().paragraph(r.paragraph()).sentenceCount();
        if (r.sentence() > count) {
            problems.error(
                    s.pos(),
                    "sentence " + r + " does not exist: paragraph " + r.paragraph() + " has "
                            + plural(count, "sentence"));
            return Optional.empty();
        }
        return ref;
    }

    private Optional<Passage> quote(YamlMap ref) {
        Optional<Integer> within = Optional.empty();
        if (ref.has("paragraph")) {
            Optional<Scalar> p = ref.text("paragraph");
            if (p.isEmpty()) {
                return Optional.empty();
            }
            within = paragraphNumber(p.get());
            if (within.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<Scalar> quote = ref.text("quote");
        if (quote.isEmpty() || ctx.quotes().isEmpty()) {
            return Optional.empty();
        }
        return new QuoteCheck(ctx).locate(quote.get(), within.orElse(0));
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
