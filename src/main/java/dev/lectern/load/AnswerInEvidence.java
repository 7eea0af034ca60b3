package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.FoldedText;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.model.QuestionHeader;
import java.util.List;
import java.util.Locale;

/**
 * Warns when none of a question's accepted answers occurs in the sentences its evidence points at: either the
 * evidence points at the wrong place or the answer is paraphrased, and a teacher wants to know which.
 */
final class AnswerInEvidence {
    private AnswerInEvidence() {
    }

    static void check(LoadContext ctx, QuestionHeader header, List<String> answers, Pos pos) {
        if (header.evidence().isEmpty() || ctx.article().isEmpty()) {
            return;
        }
        Article article = ctx.article().get();
        StringBuilder context = new StringBuilder();
        for (Passage p : header.evidence()) {
            context.append(fold(sentencesAround(article.paragraph(p.paragraph()), p))).append('\n');
        }
        for (String answer : answers) {
            if (context.indexOf(fold(answer)) >= 0) {
                return;
            }
        }
        ctx.problems().warning(pos, "the answer '" + answers.get(0) + "' does not occur in the evidence of question '"
                + header.id() + "'; check that the evidence points at the right passage");
    }

    /** The whole sentences a passage touches: a short quote often stops just before the answer. */
    private static String sentencesAround(Paragraph paragraph, Passage passage) {
        int first = paragraph.sentenceAt(passage.span().start());
        int last = paragraph.sentenceAt(Math.max(passage.span().start(), passage.span().end() - 1));
        return paragraph.text().substring(paragraph.sentences().get(first - 1).start(),
                paragraph.sentences().get(last - 1).end());
    }

    private static String fold(String text) {
        return FoldedText.foldQuery(text).toLowerCase(Locale.ROOT);
    }
}
