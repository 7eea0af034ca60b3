package dev.lectern.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds a teacher's quote in an article, folding typographic punctuation and white space on both sides.
 * Built once per article: the folded paragraphs are joined with {@code '\n'} (which a folded quote never
 * contains) so one {@code indexOf} pass searches the whole article.
 */
public final class QuoteFinder {
    /** Where a quote that was not found comes closest: its first {@code matchedChars} folded chars occur there. */
    public record NearMiss(Passage passage, int matchedChars, boolean differsOnlyInCase) {}

    private final List<FoldedText> folded = new ArrayList<>();
    private final int[] starts;
    private final String joined;
    private final String joinedLower;

    public QuoteFinder(Article article) {
        StringBuilder all = new StringBuilder();
        starts = new int[article.paragraphCount()];
        for (Paragraph p : article.paragraphs()) {
            FoldedText f = FoldedText.of(p.text());
            folded.add(f);
            starts[p.number() - 1] = all.length();
            all.append(f.text()).append('\n');
        }
        joined = all.toString();
        joinedLower = lower(joined);
    }

    /** Every place the quote occurs, in the whole article ({@code paragraph} 0) or in one paragraph. */
    public List<Passage> find(String quote, int paragraph) {
        return occurrences(joined, FoldedText.foldQuery(quote), paragraph, Integer.MAX_VALUE);
    }

    /** Where a quote that is not in the text comes closest; empty when not even its first word occurs. */
    public Optional<NearMiss> nearest(String quote, int paragraph) {
        String q = FoldedText.foldQuery(quote);
        List<Passage> caseless = occurrences(joinedLower, lower(q), paragraph, 1);
        if (!caseless.isEmpty()) {
            return Optional.of(new NearMiss(caseless.get(0), q.length(), true));
        }
        // The longest prefix that still occurs: found prefixes shrink monotonically, so binary search.
        int lo = 0;
        int hi = q.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (occurrences(joined, q.substring(0, mid), paragraph, 1).isEmpty()) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        int firstWord = q.indexOf(' ') < 0 ? q.length() : q.indexOf(' ');
        if (lo < Math.min(firstWord, 4) || lo == 0) {
            return Optional.empty();
        }
        Passage at = occurrences(joined, q.substring(0, lo), paragraph, 1).get(0);
        return Optional.of(new NearMiss(at, lo, false));
    }

    // haystack is one of the two joined texts, told apart by identity: equal texts would be the same search anyway
    @SuppressWarnings("ReferenceEquality")
    private List<Passage> occurrences(String haystack, String q, int paragraph, int limit) {
        List<Passage> found = new ArrayList<>();
        if (q.isEmpty()) {
            return found;
        }
        // Within one paragraph, search only its text: scanning on to the article's end made loading a large
        // set quadratic.
        int base = paragraph > 0 ? starts[paragraph - 1] : 0;
        // The folded paragraph is that part of the joined text as it is: no copy of it for each quote.
        String text = paragraph == 0
                ? haystack
                : haystack == joined
                        ? folded.get(paragraph - 1).text()
                        : haystack.substring(
                                base, base + folded.get(paragraph - 1).text().length());
        for (int at = text.indexOf(q); at >= 0 && found.size() < limit; at = text.indexOf(q, at + 1)) {
            found.add(toPassage(base + at, base + at + q.length()));
        }
        return found;
    }

    private Passage toPassage(int start, int end) {
        int index = Arrays.binarySearch(starts, start);
        int p = index >= 0 ? index : -index - 2;
        FoldedText f = folded.get(p);
        return new Passage(p + 1, f.originalSpan(start - starts[p], end - starts[p]));
    }

    /** Lower-cases char by char, so offsets stay the same as in the original. */
    private static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
