package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.article.Article;
import dev.lectern.engine.NumberMentions;
import dev.lectern.engine.NumberParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The article searched at once finds exactly the sentences that asking each sentence in turn finds. */
class SentenceIndexTest {
    private static final String TEXT = """
            It killed 35 people. Three were children, and 1,000 fled; 20.8% of homes — “the old town” — burned.
            The Kremlin's delegation of eight left at 8.0 hours. Eight days later, thirty-five returned.

            A last paragraph: nothing but words here. And “quotes” — dashes… and 35 again, plus 840.
            """;

    private final Article article = Article.fromText("a.txt", TEXT);
    private final LoadContext ctx =
            new LoadContext(new Problems("q.yaml"), Optional.of(article), SetOptions.Defaults.NONE);

    @Test
    void textFound_inTheSentencesThatContainIt_andNotAcrossTwo() {
        SentenceIndex index = ctx.sentenceIndex();
        for (String sought :
                List.of("35", "the", "killed 35 people. three", "people.", "eight", "", "zzz", "\"quotes\"")) {
            String folded = SearchedText.fold(sought);
            assertThat(places(b -> index.withText(folded, b)))
                    .as(sought)
                    .isEqualTo(scan(s -> s.folded().contains(folded)));
        }
    }

    @Test
    void randomPiecesOfTheArticle_areFoundWhereAScanFindsThem() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_d9e472c27e1e5fdd.txt"));
        Article real = Article.fromText("seed.txt", seed);
        LoadContext realCtx = new LoadContext(new Problems("q.yaml"), Optional.of(real), SetOptions.Defaults.NONE);
        SentenceIndex index = realCtx.sentenceIndex();
        String folded = SearchedText.fold(seed.replace('\n', ' '));
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(folded.length() - 1);
            String piece = folded.substring(start, Math.min(folded.length(), start + 1 + random.nextInt(40)));
            assertThat(places(realCtx, b -> index.withText(piece, b)))
                    .as(piece)
                    .isEqualTo(scan(realCtx, s -> s.folded().contains(piece)));
        }
    }

    @Test
    void numbersFound_byValue_asCompareToHasIt() {
        SentenceIndex index = ctx.sentenceIndex();
        for (String n : List.of("35", "8", "3", "1000", "20.8", "840", "36", "0")) {
            BigDecimal value = NumberParser.parse(n).orElseThrow();
            assertThat(places(b -> index.withValue(value, b)))
                    .as(n)
                    .isEqualTo(scan(
                            s -> s.numbers().stream().anyMatch(m -> m.value().compareTo(value) == 0)));
            Predicate<BigDecimal> near = m -> NumberParser.withinTolerance(m, value, BigDecimal.ONE, false);
            assertThat(places(b -> index.withNumber(near, b)))
                    .as(n + " within 1")
                    .isEqualTo(scan(s -> s.numbers().stream()
                            .map(NumberMentions.Mention::value)
                            .anyMatch(near)));
        }
        assertThat(places(b -> index.withValue(new BigDecimal("8"), b))).containsExactly("1.3", "1.4");
    }

    private List<String> places(java.util.function.Consumer<BitSet> search) {
        return places(ctx, search);
    }

    private static List<String> places(LoadContext ctx, java.util.function.Consumer<BitSet> search) {
        BitSet found = new BitSet();
        search.accept(found);
        List<String> names = new ArrayList<>();
        found.stream().forEach(k -> names.add(ctx.sentenceIndex().name(k)));
        return names;
    }

    private List<String> scan(Predicate<SearchedText> occurs) {
        return scan(ctx, occurs);
    }

    /** The sentences, in article order, for which {@code occurs} holds: what the loader asked before. */
    private static List<String> scan(LoadContext ctx, Predicate<SearchedText> occurs) {
        Article article = ctx.article().orElseThrow();
        List<String> names = new ArrayList<>();
        for (var p : article.paragraphs()) {
            for (int s = 1; s <= p.sentenceCount(); s++) {
                if (occurs.test(new SearchedText(p.sentence(s)))) {
                    names.add(p.number() + "." + s);
                }
            }
        }
        return names;
    }
}
