package dev.lectern.load;

import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.TextMatching;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code type: cloze}: a text with blanks written {@code [[answer]]} or {@code [[answer|alternate]]}. */
final class ClozeReader implements TypeReader {
    static final String DEFAULT_PROMPT = ClozeQuestion.DEFAULT_PROMPT;

    @Override
    public List<String> keys() {
        return List.of("text", "match", "case", "typo-credit");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        Optional<Scalar> text =
                map.requiredText("text", "question '" + header.id() + "'", "the text with blanks written [[answer]]");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TextMatching matching = SetOptions.matching(map, ctx.defaults().matching(), ctx.problems());
        Optional<Parts> parts = parse(text.get(), ctx.problems());
        parts.ifPresent(p -> p.blanks.forEach(b -> AnswerInEvidence.check(
                ctx,
                header,
                AnswerInEvidence.text("the blank", b.answers(), "; check the blank and the evidence"),
                text.get().pos())));
        return parts.map(p -> new ClozeQuestion(header, p.segments, p.blanks, matching));
    }

    private record Parts(List<String> segments, List<ClozeQuestion.Blank> blanks) {}

    private static Optional<Parts> parse(Scalar scalar, Problems problems) {
        String text = scalar.text();
        List<String> segments = new ArrayList<>();
        List<ClozeQuestion.Blank> blanks = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("[[", from);
            int stray = text.indexOf("]]", from);
            if (stray >= 0 && (open < 0 || stray < open)) {
                return fail(scalar, problems, "']]' at character " + (stray + 1) + " has no '[[' before it");
            }
            if (open < 0) {
                break;
            }
            int close = text.indexOf("]]", open + 2);
            int nested = text.indexOf("[[", open + 2);
            if (close < 0) {
                return fail(
                        scalar, problems, "the blank opened at character " + (open + 1) + " is not closed with ']]'");
            }
            if (nested >= 0 && nested < close) {
                return fail(
                        scalar,
                        problems,
                        "a blank cannot hold another blank: '[[' at character " + (nested + 1)
                                + " is inside the blank opened at character " + (open + 1));
            }
            String inside = text.substring(open + 2, close);
            if (inside.isBlank()) {
                return fail(
                        scalar,
                        problems,
                        "empty blank at character " + (open + 1) + "; write the answer inside, like [[Medinsky]]");
            }
            List<String> answers =
                    Arrays.stream(inside.split("\\|", -1)).map(String::strip).toList();
            if (answers.stream().anyMatch(String::isEmpty)) {
                return fail(
                        scalar,
                        problems,
                        "the blank '[[" + inside + "]]' has an empty alternative;" + " remove the extra '|'");
            }
            segments.add(text.substring(from, open));
            blanks.add(new ClozeQuestion.Blank(answers));
            from = close + 2;
        }
        if (blanks.isEmpty()) {
            return fail(
                    scalar,
                    problems,
                    "the cloze text has no blanks; write each blank as [[answer]] or" + " [[answer|alternate]]");
        }
        segments.add(text.substring(from));
        return Optional.of(new Parts(segments, blanks));
    }

    private static Optional<Parts> fail(Scalar scalar, Problems problems, String message) {
        problems.error(scalar.pos(), message);
        return Optional.empty();
    }
}
