package dev.lectern.load;

import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.WrongAnswer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code type: short}: free text, with {@code answer:} or a list of {@code answers:} and an optional pattern. */
final class ShortReader implements TypeReader {
    @Override
    public List<String> keys() {
        return List.of("answer", "answers", "pattern", "match", "case", "typo-credit", "credit", "wrong");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        String owner = "question '" + header.id() + "'";
        Optional<List<Scalar>> answers = acceptedTexts(map, owner, "the accepted text", ctx.problems());
        Optional<Pattern> pattern = Optional.empty();
        Optional<Scalar> regex = map.text("pattern");
        if (regex.isPresent()) {
            try {
                pattern = Optional.of(
                        Pattern.compile(regex.get().text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                String where = e.getIndex() < 0
                        ? " in"
                        : e.getIndex() >= regex.get().text().length()
                                ? " at the end of"
                                : " at character " + (e.getIndex() + 1) + " of";
                ctx.problems()
                        .error(
                                regex.get().pos(),
                                "invalid pattern: " + e.getDescription() + where + " '"
                                        + regex.get().text() + "'");
                return Optional.empty();
            }
        }
        TextMatching matching = SetOptions.matching(map, ctx.defaults().matching(), ctx.problems());
        if (matching.caseSensitive() && pattern.isPresent()) {
            pattern = Optional.of(Pattern.compile(pattern.get().pattern()));
        }
        TextCredit credit = map.text("credit")
                .flatMap(s -> SetOptions.named(s, TextCredit.class, "credit", "credits", ctx.problems()))
                .orElse(TextCredit.ALL_OR_NOTHING);
        Optional<List<WrongAnswer>> wrong = SetOptions.wrongAnswers(map, ctx.problems());
        if (answers.isEmpty() || wrong.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = answers.get().stream().map(Scalar::text).toList();
        AnswerInEvidence.check(
                ctx,
                header,
                AnswerInEvidence.text(
                        "the answer", texts, "; if the article words it differently, add its words to 'answers'"),
                answers.get().get(0).pos());
        return Optional.of(new ShortQuestion(header, texts, pattern, matching, credit, wrong.get()));
    }

    /** {@code answer: text} or {@code answers: [text, …]}, exactly one of the two. */
    static Optional<List<Scalar>> acceptedTexts(YamlMap map, String owner, String what, Problems problems) {
        if (map.has("answer") && map.has("answers")) {
            problems.error(
                    map.keyPos("answers"),
                    owner + " has both 'answer' and 'answers'; put every accepted" + " text in 'answers'");
            return Optional.empty();
        }
        if (!map.has("answer") && !map.has("answers")) {
            map.missing("answer", owner, what + ", or 'answers' with a list of them");
            return Optional.empty();
        }
        if (map.has("answer")) {
            return map.text("answer").map(List::of);
        }
        Optional<List<Scalar>> list = map.textList("answers");
        if (list.isPresent() && list.get().isEmpty()) {
            problems.error(map.keyPos("answers"), "'answers' needs at least one accepted text");
            return Optional.empty();
        }
        return list;
    }
}
