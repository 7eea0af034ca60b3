package dev.lectern.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link NumberMentions} as it was before its scans were made faster (a regex per word and for every text),
 * kept as the reference {@code NumberMentionsTest} checks the fast one against. The numbers a text mentions, in figures ({@code 840}, {@code 1,000}, {@code 20.8%}, {@code 1.5 million}) or in
 * words ({@code thirty-five}, {@code three hundred}), with where each is: so that a cited sentence can be asked
 * whether it holds a question's number, compared as a number ({@code 84} is not in {@code 840}).
 */
final class ReferenceMentions {
    /** One number in a text: its value and the chars {@code [start, end)} that say it. */
    record Mention(BigDecimal value, int start, int end) {}

    private static final Pattern FIGURES = Pattern.compile(
            "(?<![\\p{L}\\d.,])[-−]?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\d|[.,]\\d)"
                    + "(?:\\s+(thousand|million|billion|trillion)\\b)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private ReferenceMentions() {}

    public static List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = FIGURES.matcher(text);
        while (m.find()) {
            int start = m.start();
            NumberParser.parse(m.group().replace('−', '-')).ifPresent(v -> found.add(new Mention(v, start, m.end())));
        }
        words(text, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    /** Runs of number words ("three hundred and five", "Six-time"), read whole, each the longest that still reads. */
    private static void words(String text, List<Mention> found) {
        List<Mention> figures = List.copyOf(found);
        Matcher m = WORD.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < words.size()) {
            Optional<Mention> longest = Optional.empty();
            int next = i + 1;
            for (int j = i; j < words.size() && j < i + 8; j++) {
                // words of a run are apart by spaces or one hyphen: "thirty-five", "three-tier"
                String between = j > i ? text.substring(words.get(j - 1)[1], words.get(j)[0]) : "";
                if (!between.isBlank() && !between.equals("-")) {
                    break;
                }
                String run = text.substring(words.get(i)[0], words.get(j)[1]);
                Optional<BigDecimal> value =
                        isNumberWord(text, words.get(i)) ? NumberParser.parse(run) : Optional.empty();
                if (value.isPresent()) {
                    longest = Optional.of(new Mention(value.get(), words.get(i)[0], words.get(j)[1]));
                    next = j + 1;
                }
            }
            // "2 million" was read with its figure; "million" is not another number
            longest.filter(w -> figures.stream().noneMatch(f -> f.start() < w.end() && w.start() < f.end()))
                    .ifPresent(found::add);
            i = next;
        }
    }

    /** "and", "a", "minus" read as numbers only inside a run: a run starts with a number word of its own. */
    private static boolean isNumberWord(String text, int[] word) {
        String w = text.substring(word[0], word[1]);
        return !w.equalsIgnoreCase("and")
                && !w.equalsIgnoreCase("minus")
                && !w.equalsIgnoreCase("a")
                && NumberParser.parse(w).isPresent();
    }
}
