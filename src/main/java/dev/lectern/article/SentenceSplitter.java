package dev.lectern.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a paragraph into sentences with a few punctuation rules; no dictionary, no model.
 *
 * <p>A sentence ends at a run of terminators ({@code . ! ? …}, so {@code ?!} and {@code ...} count
 * once), optionally followed by closing quotes or brackets, then whitespace. It only really ends if
 * the text after the whitespace does not start in lower case ({@code “Why?” he asked.} stays one
 * sentence), the run is not a stand-alone ellipsis, and a single period does not close an
 * abbreviation or initial (see {@link Abbreviations}). Periods with no whitespace after them (3.5,
 * example.com, U.S.-led) never end a sentence. Anything else that follows a terminator (an
 * upper-case letter, a digit, an opening quote, a dash) starts a new sentence, so a trailing
 * {@code " - The Guardian"} byline becomes a sentence of its own that callers can recognise.
 *
 * <p>Footnote and citation marks right after the closing punctuation, as Wikipedia text carries them
 * ({@code .[12]}, {@code .[d]}, {@code .[citation needed]}, {@code .[12]:121,154}, {@code .:32}), stay with the
 * sentence they follow instead of gluing it to the next one; see {@link FootnoteMarks}.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    /**
     * Splits one paragraph's text into sentences: spans (char offsets into text, half-open) that
     * cover every sentence, trimmed of surrounding whitespace, in order, non-overlapping. Never
     * empty for non-blank text. Newlines count as spaces, so hard-wrapped lines may be passed as is.
     */
    public static List<Span> split(String paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        String text = paragraph;
        int n = text.length();
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            if (!isTerminator(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < n && isTerminator(text.charAt(i))) {
                i++;
            }
            int runEnd = i;
            while (i < n && isCloser(text.charAt(i))) {
                i++;
            }
            // "…Choice...[and] 2008 General Conference": after an ellipsis, brackets are a quotation's elision.
            if (!isEllipsis(text, runStart, runEnd)) {
                i = FootnoteMarks.skip(text, i);
            }
            int end = i;
            if (i == n || !isSpace(text.charAt(i))) {
                continue; // end of text (handled below) or mid-token: 3.5, U.S.-led, a.b@c.org
            }
            int next = skipSpace(text, i);
            if (next < n && endsSentence(text, runStart, runEnd, end, next)) {
                sentences.add(new Span(start, end));
                start = next;
            }
            i = next;
        }
        int last = n;
        while (last > start && isSpace(text.charAt(last - 1))) {
            last--;
        }
        if (last > start) {
            sentences.add(new Span(start, last));
        }
        return List.copyOf(sentences);
    }

    /**
     * Whether the terminator run {@code [runStart, runEnd)}, closed at {@code end} and followed by
     * whitespace, ends the sentence, given that the next sentence would begin at {@code next}.
     */
    private static boolean endsSentence(String text, int runStart, int runEnd, int end, int next) {
        if (Character.isLowerCase(text.codePointAt(next))) {
            return false; // “…the war,” he said / etc. and / 5 p.m. and / e.g. this
        }
        // Judgment call: an ellipsis standing alone between spaces ("a possibility … I don’t know",
        // seed paragraph 19) marks a pause or an elision inside quoted speech, not the end of a
        // sentence, even when a capital follows. An ellipsis glued to a word ("Wait... What?") ends one.
        boolean afterSpace = runStart == 0 || isSpace(text.charAt(runStart - 1));
        if (afterSpace && end == runEnd && isEllipsis(text, runStart, runEnd)) {
            return false;
        }
        if (runEnd - runStart == 1 && text.charAt(runStart) == '.') {
            return !Abbreviations.continuesAfter(wordBefore(text, runStart), text.charAt(next));
        }
        return true;
    }

    /** The word ending at {@code pos}, back to whitespace, without leading quotes or brackets. */
    private static String wordBefore(String text, int pos) {
        int from = pos;
        while (from > 0 && !isSpace(text.charAt(from - 1))) {
            from--;
        }
        while (from < pos && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        return text.substring(from, pos);
    }

    private static boolean isEllipsis(String text, int from, int to) {
        String run = text.substring(from, to);
        return run.chars().allMatch(c -> c == '.' || c == '…') && (run.contains("…") || run.length() >= 3);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Closing quotes and brackets that stay with the sentence they close: {@code .”} {@code ?)}. */
    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == ']';
    }

    /** Whitespace as trimmed from sentences; includes no-break spaces, which articles often carry. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
