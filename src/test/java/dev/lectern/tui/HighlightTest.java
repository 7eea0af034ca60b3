package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.lectern.article.Article;
import dev.lectern.model.Question;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** On the feedback screen exactly the evidence quote is highlighted: yellow in colour, reverse without. */
class HighlightTest {
    private final Article article = Fixtures.istanbul().article();

    private static String highlighted(ScreenTester t, Predicate<TextCharacter> lit) {
        return String.join(" ", t.runs(lit));
    }

    private String quotes(Question q) {
        return q.evidence().stream().map(article::text).collect(Collectors.joining(" "));
    }

    private ScreenTester feedback(Question q, Theme theme) {
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q), theme, 80, 24);
        Answering.right(t, q);
        return t;
    }

    @Test
    void colour_yellowBackgroundCoversExactlyTheQuote() {
        Question q = AnsweringByKeysTest.question("delegation-lead");
        ScreenTester t = feedback(q, Theme.colour());

        assertThat(quotes(q)).isEqualTo("its delegation would be led by Vladimir Medinsky");
        assertThat(highlighted(t, c -> c.getBackgroundColor() == TextColor.ANSI.YELLOW))
                .isEqualTo(quotes(q));
    }

    @Test
    void monochrome_reverseCoversExactlyTheQuote() {
        Question q = AnsweringByKeysTest.question("delegation-lead");
        ScreenTester t = feedback(q, Theme.monochrome());

        assertThat(highlighted(t, TextCharacter::isReversed)).isEqualTo(quotes(q));
    }

    @Test
    void aQuoteWrappedOverTwoLines_isHighlightedOnBoth() {
        Question q = AnsweringByKeysTest.question("road-to-istanbul");
        ScreenTester t = feedback(q, Theme.colour());
        for (int i = 0; i < 30; i++) {
            t.press(com.googlecode.lanterna.input.KeyType.ArrowDown);
        }

        String lit = highlighted(t, c -> c.getBackgroundColor() == TextColor.ANSI.YELLOW);
        assertThat(lit)
                .contains(
                        "since Zelenskiy and then Trump called on him",
                        "after the Russian leader used an unexpected late-night Kremlin address");
        assertThat(t.runs(c -> c.getBackgroundColor() == TextColor.ANSI.YELLOW)).hasSizeGreaterThan(2);
    }

    @Test
    void quotesInTwoParagraphs_areEachHighlighted_andNothingElse() {
        Question q = AnsweringByKeysTest.question("delegation-members");
        ScreenTester t = feedback(q, Theme.monochrome());

        assertThat(highlighted(t, TextCharacter::isReversed)).isEqualTo(quotes(q));
    }
}
