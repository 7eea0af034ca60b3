package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.engine.NumberMentions;
import dev.lectern.engine.NumberParser;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Warns when an answer does not occur in the sentences its question's evidence points at, and says where in the
 * article it does occur: a citation off by one sentence is the mistake a teacher cannot see and a learner pays for.
 * Texts are compared folded and caseless; numbers as numbers, in figures or in words ({@code 84} is not in
 * {@code 840}, {@code 20.8} is in {@code 20.8%}, {@code 3} is in {@code three}).
 */
final class AnswerInEvidence {
    /** What is sought: how it is named in the message, the forms it may take, and what to do if it is nowhere. */
    record Sought(String noun, String shown, List<Form> forms, String ifNowhere) {
        Sought {
            forms = List.copyOf(forms);
        }

        boolean occursIn(SearchedText text) {
            for (Form f : forms) {
                if (f.occursIn(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One form an answer may take in a text, asked of one text or of the whole article at once (the article's
     * sentences where it occurs are the ones for which {@link #occursIn} is true).
     */
    sealed interface Form permits Answer, Folded, Value, Within {
        boolean occursIn(SearchedText text);

        void places(SentenceIndex article, BitSet into);
    }

    /**
     * An accepted text, looked for as a number when it is one and as text otherwise ({@link #textOrNumber}), told
     * only when asked: most answers are in their first alternative's evidence, and telling the form of each of a
     * SQuAD question's alternatives was a fifth of reading the questions.
     */
    record Answer(String text) implements Form {
        @Override
        public boolean occursIn(SearchedText searched) {
            return textOrNumber(text).occursIn(searched);
        }

        @Override
        public void places(SentenceIndex article, BitSet into) {
            textOrNumber(text).places(article, into);
        }
    }

    /** A text, folded and caseless ({@link SearchedText#fold}). */
    record Folded(String folded) implements Form {
        @Override
        public boolean occursIn(SearchedText text) {
            return text.folded().contains(folded);
        }

        @Override
        public void places(SentenceIndex article, BitSet into) {
            article.withText(folded, into);
        }
    }

    /** A number, in figures or in words, equal in value. */
    record Value(BigDecimal value) implements Form {
        @Override
        public boolean occursIn(SearchedText text) {
            return text.numbers().stream().anyMatch(m -> m.value().compareTo(value) == 0);
        }

        @Override
        public void places(SentenceIndex article, BitSet into) {
            article.withValue(value, into);
        }
    }

    /** Any of a number question's values, within its tolerance. */
    record Within(List<BigDecimal> values, Tolerance tolerance) implements Form {
        @Override
        public boolean occursIn(SearchedText text) {
            return text.numbers().stream().anyMatch(m -> near(m.value()));
        }

        @Override
        public void places(SentenceIndex article, BitSet into) {
            article.withNumber(this::near, into);
        }

        private boolean near(BigDecimal mentioned) {
            return values.stream()
                    .anyMatch(v -> NumberParser.withinTolerance(mentioned, v, tolerance.amount(), tolerance.percent()));
        }
    }

    static final String CHECK_EVIDENCE = "; check that the evidence points at the right passage";
    private static final int PLACES_SHOWN = 3;

    private AnswerInEvidence() {}

    /** The answer of a short or choice question: any of its accepted texts. */
    static Sought text(String noun, List<String> alternatives, String ifNowhere) {
        List<Form> forms = new ArrayList<>(alternatives.size());
        for (String a : alternatives) {
            forms.add(new Answer(a));
        }
        return new Sought(noun, alternatives.get(0), forms, ifNowhere);
    }

    /** The answer of a number question: any of its values, within its tolerance. */
    static Sought number(List<BigDecimal> values, Tolerance tolerance) {
        return new Sought(
                "the answer",
                values.get(0).toPlainString(),
                List.of(new Within(List.copyOf(values), tolerance)),
                ", in figures or in words; check the number and the evidence");
    }

    /** An answer that is a number ("840", "20.8%", "three") is looked for as a number; any other as text. */
    private static Form textOrNumber(String answer) {
        Optional<BigDecimal> value = NumberMentions.valueOf(answer);
        if (value.isPresent()) {
            return new Value(value.get());
        }
        return new Folded(SearchedText.fold(answer));
    }

    static void check(LoadContext ctx, QuestionHeader header, Sought sought, Pos pos) {
        if (header.evidence().isEmpty() || ctx.article().isEmpty()) {
            return;
        }
        Article article = ctx.article().get();
        StringBuilder cited = new StringBuilder();
        for (Passage p : header.evidence()) {
            cited.append(sentencesAround(article.paragraph(p.paragraph()), p)).append('\n');
        }
        if (sought.occursIn(ctx.searched(cited.toString()))) {
            return;
        }
        SentenceIndex index = ctx.sentenceIndex();
        BitSet places = new BitSet(index.size());
        for (Form f : sought.forms()) {
            f.places(index, places);
        }
        List<String> elsewhere = new ArrayList<>();
        places.stream().forEach(k -> elsewhere.add(index.name(k)));
        String notIn = sought.noun() + " '" + sought.shown() + "' is not in " + cited(article, header.evidence());
        ctx.problems()
                .warning(
                        pos,
                        elsewhere.isEmpty()
                                ? notIn + ", nor anywhere else in the article" + sought.ifNowhere()
                                : notIn + "; it occurs in " + places(elsewhere));
    }

    /** "sentence 38.3", "sentences 4.1 to 4.2", "paragraph 9", joined with "or". */
    private static String cited(Article article, List<Passage> evidence) {
        return evidence.stream()
                .map(p -> {
                    Paragraph paragraph = article.paragraph(p.paragraph());
                    // A one-sentence paragraph is named by its sentence: that is how `lectern passages` shows it.
                    if (p.span().start() == 0
                            && p.span().end() == paragraph.text().length()
                            && paragraph.sentenceCount() > 1) {
                        return "paragraph " + p.paragraph();
                    }
                    int first = paragraph.sentenceAt(p.span().start());
                    int last = paragraph.sentenceAt(
                            Math.max(p.span().start(), p.span().end() - 1));
                    return first == last
                            ? "sentence " + p.paragraph() + "." + first
                            : "sentences " + p.paragraph() + "." + first + " to " + p.paragraph() + "." + last;
                })
                .distinct()
                .collect(Collectors.joining(" or "));
    }

    private static String places(List<String> sentences) {
        if (sentences.size() == 1) {
            return "sentence " + sentences.get(0);
        }
        List<String> shown = sentences.subList(0, Math.min(PLACES_SHOWN, sentences.size()));
        int more = sentences.size() - shown.size();
        return "sentences "
                + (more > 0
                        ? String.join(", ", shown) + " and " + more + " more"
                        : String.join(", ", shown.subList(0, shown.size() - 1)) + " and "
                                + shown.get(shown.size() - 1));
    }

    /** The whole sentences a passage touches: a short quote often stops just before the answer. */
    private static String sentencesAround(Paragraph paragraph, Passage passage) {
        int first = paragraph.sentenceAt(passage.span().start());
        int last = paragraph.sentenceAt(
                Math.max(passage.span().start(), passage.span().end() - 1));
        return paragraph
                .text()
                .substring(
                        paragraph.sentences().get(first - 1).start(),
                        paragraph.sentences().get(last - 1).end());
    }
}
