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
import java.util.List;

/**
 * The grading engine as it was before answer keys were compiled ({@link AnswerKey}): every answer rebuilds its
 * matcher and normalises every accepted answer again. Kept, with {@link TextMatcher}, {@link TextGrading},
 * {@link ChoiceGrading}, {@link ArrangementGrading}, {@link EvidenceGrading} and {@link AnswerText}, as the
 * readable specification the compiled keys are checked against ({@code CompiledGradingAgreesTest}) and timed
 * against (bench/jmh).
 */
public final class ReferenceGrader {
    private final Article article;

    public ReferenceGrader(Article article) {
        this.article = article;
    }

    /** Grades {@code answer}, whose letters refer to {@code shown}. */
    public Grade grade(Question question, Presentation shown, String answer) {
        return grade(question, shown, List.of(answer == null ? "" : answer));
    }

    public Grade grade(Question question, Presentation shown, List<String> parts) {
        return question.accept(new Kinds(shown, List.copyOf(parts)));
    }

    /** One method per kind of question: the visitor the model's sealed {@code Question} offers. */
    private final class Kinds implements Question.Visitor<Grade> {
        private final Presentation shown;
        private final List<String> parts;

        Kinds(Presentation shown, List<String> parts) {
            this.shown = shown;
            this.parts = parts;
        }

        @Override
        public Grade choice(ChoiceQuestion q) {
            return ChoiceGrading.choice(q, shown, parts);
        }

        @Override
        public Grade multi(MultiQuestion q) {
            return ChoiceGrading.multi(q, shown, parts);
        }

        @Override
        public Grade trueFalse(TrueFalseQuestion q) {
            return ChoiceGrading.trueFalse(q, parts);
        }

        @Override
        public Grade shortAnswer(ShortQuestion q) {
            return TextGrading.shortAnswer(q, parts);
        }

        @Override
        public Grade number(NumberQuestion q) {
            return TextGrading.number(q, parts);
        }

        @Override
        public Grade cloze(ClozeQuestion q) {
            return TextGrading.cloze(q, parts);
        }

        @Override
        public Grade order(OrderQuestion q) {
            return ArrangementGrading.order(q, shown, parts);
        }

        @Override
        public Grade match(MatchQuestion q) {
            return ArrangementGrading.match(q, shown, parts);
        }

        @Override
        public Grade evidence(EvidenceQuestion q) {
            return EvidenceGrading.evidence(q, article, parts);
        }
    }
}
