package dev.lectern.interchange;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TrueFalseQuestion;

/** The same question with another header (evidence found, an explanation split off). */
public final class Questions {
    private Questions() {}

    public static Question withHeader(Question q, QuestionHeader h) {
        return q.accept(new Question.Visitor<Question>() {
            @Override
            public Question choice(ChoiceQuestion c) {
                return new ChoiceQuestion(h, c.choices(), c.answer(), c.feedback(), c.penalty());
            }

            @Override
            public Question multi(MultiQuestion m) {
                return new MultiQuestion(h, m.choices(), m.answers(), m.feedback(), m.scoring(), m.penalty());
            }

            @Override
            public Question trueFalse(TrueFalseQuestion t) {
                return new TrueFalseQuestion(h, t.answer(), t.feedbackIfTrue(), t.feedbackIfFalse(), t.penalty());
            }

            @Override
            public Question shortAnswer(ShortQuestion s) {
                return new ShortQuestion(h, s.answers(), s.pattern(), s.matching(), s.credit(), s.wrong());
            }

            @Override
            public Question number(NumberQuestion n) {
                return new NumberQuestion(h, n.answers(), n.tolerance(), n.unit(), n.wrong());
            }

            @Override
            public Question cloze(ClozeQuestion c) {
                return new ClozeQuestion(h, c.segments(), c.blanks(), c.matching());
            }

            @Override
            public Question order(OrderQuestion o) {
                return new OrderQuestion(h, o.items(), o.scoring());
            }

            @Override
            public Question match(MatchQuestion m) {
                return new MatchQuestion(h, m.pairs());
            }

            @Override
            public Question evidence(EvidenceQuestion e) {
                return new EvidenceQuestion(h, e.answer(), e.accept(), e.near());
            }
        });
    }
}
