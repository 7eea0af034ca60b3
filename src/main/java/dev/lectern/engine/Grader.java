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
 * Grades one answer to one question. The answer comes as the learner typed it (one part) or as the parts a form
 * collected (one per cloze blank, say); how it is read depends on the question's kind, and an answer that cannot
 * be read is a wrong answer with the reason, never an exception.
 */
public final class Grader {
    private final Article article;

    public Grader(Article article) {
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
