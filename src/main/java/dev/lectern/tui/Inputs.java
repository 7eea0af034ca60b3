package dev.lectern.tui;

import dev.lectern.article.Article;
import dev.lectern.engine.Presentation;
import dev.lectern.engine.SessionItem;
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
import java.util.List;
import java.util.stream.IntStream;

/** The input made for each kind of question. */
final class Inputs {
    private Inputs() {}

    /** The input for {@code item}; evidence questions point into {@code article}, the set's article. */
    static AnswerInput forItem(SessionItem item, Article article) {
        Presentation shown = item.presentation();
        return item.question().accept(new Question.Visitor<AnswerInput>() {
            @Override
            public AnswerInput choice(ChoiceQuestion q) {
                return PickInput.lettered(inShownOrder(q.choices(), shown), false);
            }

            @Override
            public AnswerInput multi(MultiQuestion q) {
                return PickInput.lettered(inShownOrder(q.choices(), shown), true);
            }

            @Override
            public AnswerInput trueFalse(TrueFalseQuestion q) {
                return new PickInput(List.of("True", "False"), List.of("true", "false"), false);
            }

            @Override
            public AnswerInput shortAnswer(ShortQuestion q) {
                return new TextInput("Answer: ");
            }

            @Override
            public AnswerInput number(NumberQuestion q) {
                return new TextInput(q.unit().map(u -> "Answer (" + u + "): ").orElse("Answer: "));
            }

            @Override
            public AnswerInput cloze(ClozeQuestion q) {
                return new ClozeInput(q);
            }

            @Override
            public AnswerInput order(OrderQuestion q) {
                return new OrderInput(inShownOrder(q.items(), shown));
            }

            @Override
            public AnswerInput match(MatchQuestion q) {
                return new MatchInput(
                        q.pairs().stream().map(MatchQuestion.Pair::left).toList(),
                        inShownOrder(
                                q.pairs().stream()
                                        .map(MatchQuestion.Pair::right)
                                        .toList(),
                                shown));
            }

            @Override
            public AnswerInput evidence(EvidenceQuestion q) {
                return new EvidenceInput(article);
            }
        });
    }

    static List<String> inShownOrder(List<String> written, Presentation shown) {
        return IntStream.range(0, shown.size())
                .mapToObj(p -> written.get(shown.written(p)))
                .toList();
    }
}
