package dev.lectern.load;

import dev.lectern.article.Passage;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one entry of {@code questions:}: the keys every question has, then those of its type. */
final class QuestionReader {
    static final List<String> COMMON_KEYS = List.of("id", "type", "prompt", "evidence", "explain", "hint", "points");

    private final LoadContext ctx;
    private final Problems problems;

    QuestionReader(LoadContext ctx) {
        this.ctx = ctx;
        this.problems = ctx.problems();
    }

    Optional<Question> read(Node node, int number) {
        Optional<YamlMap> found = YamlMap.of(node, "question " + number, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = found.get();
        int errorsBefore = problems.errorCount();
        // Peeked, not read: readId reads (and reports on) the id once.
        String name = map.peek("id").map(s -> "question '" + s + "'").orElse("question " + number);
        Optional<String> id = readId(map, name);
        Optional<TypeReader> type = readType(map, name);
        type.ifPresent(t ->
                map.allowOnly(keysOf(t), name + " (type " + map.peek("type").orElseThrow() + ")"));
        String defaultPrompt = type.filter(t -> t instanceof ClozeReader)
                .map(t -> ClozeReader.DEFAULT_PROMPT)
                .orElse("");
        Optional<Scalar> prompt =
                defaultPrompt.isEmpty() ? map.requiredText("prompt", name, "the question to ask") : map.text("prompt");
        prompt.filter(p -> p.text().isBlank()).ifPresent(p -> problems.error(p.pos(), name + " has an empty prompt"));
        double points = map.text("points").map(this::points).orElse(1.0);
        List<Passage> evidence =
                map.node("evidence").map(n -> new EvidenceReader(ctx).read(n)).orElse(List.of());
        if (!map.has("evidence")
                && type.filter(t -> t instanceof EvidenceTypeReader).isEmpty()) {
            problems.warning(
                    map.pos(),
                    name + " has no evidence; add evidence: { paragraph: N } or { quote: \"…\" }"
                            + " so learners see where the answer comes from");
        }
        Optional<String> explain = map.text("explain").map(Scalar::text);
        Optional<String> hint = map.text("hint").map(Scalar::text);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        // The type's own keys are checked even when the common ones are broken, so every problem shows at once;
        // a stand-in header keeps the record's invariants and the question is then thrown away.
        boolean headerOk = problems.errorCount() == errorsBefore && id.isPresent();
        QuestionHeader header = headerOk
                ? new QuestionHeader(
                        id.get(), prompt.map(Scalar::text).orElse(defaultPrompt), evidence, explain, hint, points)
                : new QuestionHeader(id.orElse("question-" + number), "?", evidence, explain, hint, 1.0);
        Optional<Question> question = type.get().read(map, header, ctx);
        return headerOk ? question : Optional.empty();
    }

    private Optional<String> readId(YamlMap map, String name) {
        Optional<Scalar> id = map.requiredText("id", name, "a unique name such as 'delegation-lead'");
        if (id.isPresent() && !QuestionHeader.ID.matcher(id.get().text()).matches()) {
            problems.error(
                    id.get().pos(),
                    "question id " + Quoted.of(id.get().text()) + " must use lower-case letters, digits"
                            + " and '-', like '" + suggestId(id.get().text()) + "'");
            return Optional.empty();
        }
        return id.map(Scalar::text);
    }

    private static String suggestId(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "question-1" : s;
    }

    private Optional<TypeReader> readType(YamlMap map, String name) {
        Optional<Scalar> type = map.requiredText("type", name, "one of " + String.join(", ", TypeReaders.NAMES));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        TypeReader reader = TypeReaders.BY_NAME.get(type.get().text());
        if (reader == null) {
            problems.error(
                    type.get().pos(),
                    "unknown question type " + Quoted.of(type.get().text())
                            + DidYouMean.hint(type.get().text(), TypeReaders.NAMES) + " (types: "
                            + String.join(", ", TypeReaders.NAMES) + ")");
        }
        return Optional.ofNullable(reader);
    }

    private static List<String> keysOf(TypeReader type) {
        List<String> keys = new ArrayList<>(COMMON_KEYS);
        keys.addAll(type.keys());
        return keys;
    }

    private double points(Scalar s) {
        if (s.text().matches("\\d{1,4}(\\.\\d{1,6})?")) {
            double p = Double.parseDouble(s.text());
            if (p > 0 && p <= 1000) {
                return p;
            }
        }
        problems.error(
                s.pos(), "points must be a positive number up to 1000, like 1 or 2.5; found " + Quoted.of(s.text()));
        return 1.0;
    }
}
