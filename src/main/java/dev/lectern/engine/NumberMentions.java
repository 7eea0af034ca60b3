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
        Runs words = Runs.of(text);
        int i = 0;
        while (i < words.count) {
            // A run is read only from a number word of its own: from any other word nothing can come.
            if (!isNumberWord(text, words.start(i), words.end(i))) {
                i++;
                continue;
            }
            Optional<Mention> longest = Optional.empty();
            int next = i + 1;
            for (int j = i; j < words.count && j < i + 8; j++) {
                // words of a run are apart by spaces or one hyphen: "thirty-five", "three-tier"
                String between = j > i ? text.substring(words.end(j - 1), words.start(j)) : "";
                if (!between.isBlank() && !between.equals("-")) {
                    break;
                }
                // A word no number in words has ("of", "people"): neither this run nor a longer one reads.
                if (j > i && !NumberParser.isNumberWordToken(text.substring(words.start(j), words.end(j)))) {
                    break;
                }
                String run = text.substring(words.start(i), words.end(j));
                Optional<BigDecimal> value = NumberParser.parse(run);
                if (value.isPresent()) {
                    longest = Optional.of(new Mention(value.get(), words.start(i), words.end(j)));
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
        Runs runs = Runs.of(text);
        List<int[]> spans = new ArrayList<>(runs.count);
        for (int i = 0; i < runs.count; i++) {
            spans.add(new int[] {runs.start(i), runs.end(i)});
        }
        return spans;
    }

    /** The letter runs of a text as {@code [start, end)} pairs in one array: no object per word of an article. */
    private static final class Runs {
        private int[] spans = new int[32];
        private int count;

        static Runs of(String text) {
            Runs runs = new Runs();
            int start = -1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                boolean letter;
                int next;
                if (c < 0x80) { // ASCII: the letters are A-Z and a-z, no code point to decode
                    letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    next = i + 1;
                } else {
                    int cp = text.codePointAt(i);
                    letter = Character.isLetter(cp);
                    next = i + Character.charCount(cp);
                }
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    runs.add(start, i);
                    start = -1;
                }
                i = next;
            }
            if (start >= 0) {
                runs.add(start, text.length());
            }
            return runs;
        }

        private void add(int start, int end) {
            if (2 * count == spans.length) {
                spans = java.util.Arrays.copyOf(spans, spans.length * 2);
            }
            spans[2 * count] = start;
            spans[2 * count + 1] = end;
            count++;
        }

        int start(int i) {
            return spans[2 * i];
        }

        int end(int i) {
            return spans[2 * i + 1];
        }
    }

    /** "and", "a", "minus" read as numbers only inside a run: a run starts with a number word of its own. */
    private static boolean isNumberWord(String text, int start, int end) {
        int length = end - start;
        if (length < SHORTEST_NUMBER_WORD || length > LONGEST_NUMBER_WORD) {
            return false;
        }
        // zero…nineteen and the tens start with one of "zotfsen": most words need no String to tell.
        char first = text.charAt(start);
        if (first < 0x80 && "zotfsenZOTFSEN".indexOf(first) < 0) {
            return false;
        }
        String w = text.substring(start, end);
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
