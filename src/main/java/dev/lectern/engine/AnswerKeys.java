package dev.lectern.engine;

import dev.lectern.article.Article;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TrueFalseQuestion;

/** Compiles a question into its answer key, one method per kind: the visitor the model's {@code Question} offers. */
final class AnswerKeys implements Question.Visitor<AnswerKey> {
    private final Article article;

    AnswerKeys(Article article) {
        this.article = article;
    }

    @Override
    public AnswerKey choice(ChoiceQuestion q) {
        return new ChoiceKeys.Choice(q);
    }

    @Override
    public AnswerKey multi(MultiQuestion q) {
        return new ChoiceKeys.Multi(q);
    }

    @Override
    public AnswerKey trueFalse(TrueFalseQuestion q) {
        return new ChoiceKeys.TrueFalse(q);
    }

    @Override
    public AnswerKey shortAnswer(ShortQuestion q) {
        return new TextKeys.Short(q);
    }

    @Override
    public AnswerKey number(NumberQuestion q) {
        return new TextKeys.Number(q);
    }

    @Override
    public AnswerKey cloze(ClozeQuestion q) {
        return new TextKeys.Cloze(q);
    }

    @Override
    public AnswerKey order(OrderQuestion q) {
        return new ArrangementKeys.Order(q);
    }

    @Override
    public AnswerKey match(MatchQuestion q) {
        return new ArrangementKeys.Match(q);
    }

    @Override
    public AnswerKey evidence(EvidenceQuestion q) {
        return new EvidenceKey(q, article);
    }
}
