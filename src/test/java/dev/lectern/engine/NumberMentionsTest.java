package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberMentionsTest {
    private static final List<String> PIECES = List.of(
            "one",
            "Two",
            "THREE",
            "twenty",
            "thirty-five",
            "hundred",
            "a",
            "and",
            "minus",
            "million",
            "thousand",
            "zero",
            "Seventeen",
            "ninety",
            "nine",
            "onee",
            "tone",
            "1",
            "35",
            "1,000",
            "20.8",
            "1.5",
            "0,5",
            "−4",
            "-2",
            "840",
            "12,345.6",
            "2 million",
            "%",
            "percent",
            "the",
            "Broncos",
            "İ",
            "\u212aelvin",
            "𝒜𝒷",
            "\ud800",
            "é",
            " ",
            " ",
            "  ",
            "-",
            ",",
            ".",
            "\u00a0",
            "\n");

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(14);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static List<String> shown(List<?> mentions) {
        return mentions.stream().map(String::valueOf).toList();
    }

    @Test
    void in_findsWhatTheRegexReferenceFinds() {
        ForAll.check(
                41L,
                30_000,
                NumberMentionsTest::text,
                s -> assertThat(shown(NumberMentions.in(s)))
                        .isEqualTo(shown(ReferenceMentions.in(s).stream()
                                .map(m -> new NumberMentions.Mention(m.value(), m.start(), m.end()))
                                .toList())));
        ForAll.check(
                42L,
                3_000,
                r -> RandomText.arbitrary(r, 40),
                s -> assertThat(shown(NumberMentions.in(s)))
                        .isEqualTo(shown(ReferenceMentions.in(s).stream()
                                .map(m -> new NumberMentions.Mention(m.value(), m.start(), m.end()))
                                .toList())));
    }

    @Test
    void letterRuns_areTheMatchesOfPLetter() {
        Pattern letters = Pattern.compile("\\p{L}+");
        ForAll.check(43L, 5_000, r -> r.nextBoolean() ? text(r) : RandomText.arbitrary(r, 30), s -> {
            List<String> expected = new ArrayList<>();
            Matcher m = letters.matcher(s);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertThat(NumberMentions.letterRuns(s).stream()
                            .map(a -> a[0] + "-" + a[1])
                            .toList())
                    .isEqualTo(expected);
        });
    }

    @Test
    void in_readsFiguresAndWords() {
        assertThat(NumberMentions.in("It killed thirty-five people, 1,000 in all, and 2 million more"))
                .extracting(NumberMentions.Mention::value)
                .containsExactly(new BigDecimal("35"), new BigDecimal("1000"), new BigDecimal("2000000"));
    }
}
