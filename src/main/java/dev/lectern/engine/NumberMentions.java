package dev.lectern.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text mentions, in figures ({@code 840}, {@code 1,000}, {@code 20.8%}, {@code 1.5 million}) or in
 * words ({@code thirty-five}, {@code three hundred}), with where each is: so that a cited sentence can be asked
 * whether it holds a question's number, compared as a number ({@code 84} is not in {@code 840}).
 */
public final class NumberMentions {
    /** One number in a text: its value and the chars {@code [start, end)} that say it. */
    public record Mention(BigDecimal value, int start, int end) {}

    private static final Pattern FIGURES = Pattern.compile(
            "(?<![\\p{L}\\d.,])[-−]?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\d|[.,]\\d)"
                    + "(?:\\s+(thousand|million|billion|trillion)\\b)?");
    private static final Pattern PERCENT_AT_END = Pattern.compile("(?i)\\s*(%|percent|per cent)$");
    /** The shortest and longest words that are a number alone ("one", "seventeen"); others need no look-up. */
    private static final int SHORTEST_NUMBER_WORD = 3;

    private static final int LONGEST_NUMBER_WORD = 9;

    private NumberMentions() {}

    public static List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        // FIGURES needs an ASCII digit (\\d is ASCII-only): most cited sentences have none, so skip its scan.
        if (NumberParser.hasAsciiDigit(text)) {
            Matcher m = FIGURES.matcher(text);
            while (m.find()) {
                int start = m.start();
                NumberParser.parse(m.group().replace('−', '-'))
                        .ifPresent(v -> found.add(new Mention(v, start, m.end())));
            }
        }
        words(text, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    /** Runs of number words ("three hundred and five", "Six-time"), read whole, each the longest that still reads. */
    private static void words(String text, List<Mention> found) {
        List<Mention> figures = List.copyOf(found);
        List<int[]> words = letterRuns(text);
        int i = 0;
        while (i < words.size()) {
            // A run is read only from a number word of its own: from any other word nothing can come.
            if (!isNumberWord(text, words.get(i))) {
                i++;
                continue;
            }
            Optional<Mention> longest = Optional.empty();
            int next = i + 1;
            for (int j = i; j < words.size() && j < i + 8; j++) {
                // words of a run are apart by spaces or one hyphen: "thirty-five", "three-tier"
                String between = j > i ? text.substring(words.get(j - 1)[1], words.get(j)[0]) : "";
                if (!between.isBlank() && !between.equals("-")) {
                    break;
                }
                String run = text.substring(words.get(i)[0], words.get(j)[1]);
                Optional<BigDecimal> value = NumberParser.parse(run);
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

    /**
     * The spans of the runs of letters ({@code \\p{L}+}, letters as {@link Character#isLetter(int)} has them, which
     * is the same set), found by one pass over the code points instead of a regex.
     */
    static List<int[]> letterRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetter(cp);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            runs.add(new int[] {start, text.length()});
        }
        return runs;
    }

    /** "and", "a", "minus" read as numbers only inside a run: a run starts with a number word of its own. */
    private static boolean isNumberWord(String text, int[] word) {
        int length = word[1] - word[0];
        if (length < SHORTEST_NUMBER_WORD || length > LONGEST_NUMBER_WORD) {
            return false;
        }
        String w = text.substring(word[0], word[1]);
        return !w.equalsIgnoreCase("and")
                && !w.equalsIgnoreCase("minus")
                && !w.equalsIgnoreCase("a")
                && NumberParser.isLoneNumberWord(w);
    }

    /** The value {@code answer} says as a whole, with a trailing {@code %} or "percent" allowed: {@code 20.8%}. */
    public static Optional<BigDecimal> valueOf(String answer) {
        String s = PERCENT_AT_END.matcher(answer.strip()).replaceFirst("");
        return s.isEmpty() ? Optional.empty() : NumberParser.parse(s);
    }
}
