package dev.lectern.model;

import dev.lectern.article.Passage;
import java.util.List;

/** One question of a set; each kind is a record that knows its own shape (and, later, how to grade itself). */
public sealed interface Question
        permits ChoiceQuestion,
                MultiQuestion,
                TrueFalseQuestion,
                ShortQuestion,
                NumberQuestion,
                ClozeQuestion,
                OrderQuestion,
                MatchQuestion,
                EvidenceQuestion {

    QuestionHeader header();

    /** The {@code type:} name in a question file. */
    String typeName();

    default String id() {
        return header().id();
    }

    default String prompt() {
        return header().prompt();
    }

    default List<Passage> evidence() {
        return header().evidence();
    }

    default double points() {
        return header().points();
    }

    /** Hands this question to the method of {@code visitor} for its kind: the engine grades each kind this way. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind, so adding a kind fails to compile until every visitor handles it. */
    interface Visitor<R> {
        R choice(ChoiceQuestion q);

        R multi(MultiQuestion q);

        R trueFalse(TrueFalseQuestion q);

        R shortAnswer(ShortQuestion q);

        R number(NumberQuestion q);

        R cloze(ClozeQuestion q);

        R order(OrderQuestion q);

        R match(MatchQuestion q);

        R evidence(EvidenceQuestion q);
    }
}
