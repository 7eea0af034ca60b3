package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.engine.NumberMentions;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Where in an article a text or a number occurs, sentence by sentence: what {@link AnswerInEvidence} says when an
 * answer is not where its evidence points. Asking each sentence in turn cost time in proportion to the article for
 * every such answer (a 300-question set with every answer off took 11 s against the SQuAD article); here the
 * article's folded sentences are joined once into one text that is searched with {@code indexOf}, and the numbers
 * the sentences mention are gathered once by value. The answers are the same as asking each sentence.
 *
 * <p>One index serves every question of a set, and the threads that read a large set's questions at once
 * ({@link QuestionList}): what it makes when first needed is made under its lock.
 */
final class SentenceIndex {
    /** Between two sentences in {@link #joined}: YAML cannot hold it, so no folded answer has it. */
    private static final char SEPARATOR = '\0';

    private final int[] paragraph;
    private final int[] sentence;
    /** The sentences as searched texts, in article order, each made when first needed. */
    private final SearchedText[] searched;

    private final Article article;
    private String joined;
    private int[] starts;
    private Map<BigDecimal, BitSet> byValue;

    SentenceIndex(Article article) {
        this.article = article;
        int count = 0;
        for (Paragraph p : article.paragraphs()) {
            count += p.sentenceCount();
        }
        paragraph = new int[count];
        sentence = new int[count];
        searched = new SearchedText[count];
        int k = 0;
        for (Paragraph p : article.paragraphs()) {
            for (int s = 1; s <= p.sentenceCount(); s++, k++) {
                paragraph[k] = p.number();
                sentence[k] = s;
            }
        }
    }

    int size() {
        return paragraph.length;
    }

    /** "38.3": sentence {@code k} of the article (from 0, in article order) as a teacher looks it up. */
    String name(int k) {
        return paragraph[k] + "." + sentence[k];
    }

    /** Sets the sentences whose folded text ({@link SearchedText#folded}) contains {@code folded}. */
    synchronized void withText(String folded, BitSet into) {
        if (folded.isEmpty() || folded.indexOf(SEPARATOR) >= 0) {
            for (int k = 0; k < size(); k++) {
                if (searched(k).folded().contains(folded)) {
                    into.set(k);
                }
            }
            return;
        }
        String text = joined();
        int at = text.indexOf(folded);
        while (at >= 0) {
            int k = Arrays.binarySearch(starts, at);
            k = k >= 0 ? k : -k - 2;
            into.set(k);
            at = text.indexOf(folded, starts[k + 1]);
        }
    }

    /** Sets the sentences that mention a number for which {@code wanted} holds ({@link SearchedText#numbers}). */
    synchronized void withNumber(Predicate<BigDecimal> wanted, BitSet into) {
        for (Map.Entry<BigDecimal, BitSet> e : byValue().entrySet()) {
            if (wanted.test(e.getKey())) {
                into.or(e.getValue());
            }
        }
    }

    /** Sets the sentences that mention a number equal to {@code value} (as {@code compareTo} has it: 8 is 8.0). */
    synchronized void withValue(BigDecimal value, BitSet into) {
        BitSet found = byValue().get(value);
        if (found != null) {
            into.or(found);
        }
    }

    /**
     * Makes the numbers by value, then the joined text, unless {@code stop} says to stop before the second: what
     * the first answer missing from its evidence would make (called on a thread that is otherwise idle).
     */
    void prepare(BooleanSupplier stop) {
        synchronized (this) {
            byValue();
        }
        if (!stop.getAsBoolean()) {
            synchronized (this) {
                joined();
            }
        }
    }

    private SearchedText searched(int k) {
        if (searched[k] == null) {
            searched[k] = new SearchedText(article.paragraph(paragraph[k]).sentence(sentence[k]));
        }
        return searched[k];
    }

    private String joined() {
        if (joined == null) {
            StringBuilder text = new StringBuilder();
            starts = new int[size() + 1];
            for (int k = 0; k < size(); k++) {
                starts[k] = text.length();
                text.append(searched(k).folded()).append(SEPARATOR);
            }
            starts[size()] = text.length();
            joined = text.toString();
        }
        return joined;
    }

    private Map<BigDecimal, BitSet> byValue() {
        if (byValue == null) {
            // compareTo, not equals: a sentence's 8.0 is the answer 8, as a scan comparing values found it.
            byValue = new TreeMap<>();
            for (int k = 0; k < size(); k++) {
                for (NumberMentions.Mention m : searched(k).numbers()) {
                    byValue.computeIfAbsent(m.value(), v -> new BitSet()).set(k);
                }
            }
        }
        return byValue;
    }
}
