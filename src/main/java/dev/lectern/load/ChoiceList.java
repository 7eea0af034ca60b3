package dev.lectern.load;

import dev.lectern.model.Letters;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code choices:} and {@code feedback:} keys shared by choice and multi questions. */
final class ChoiceList {
    private final List<String> texts;
    private final Problems problems;

    private ChoiceList(List<String> texts, Problems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    /** The choices, or empty when missing, fewer than two or more than 26; duplicates are a warning. */
    static Optional<ChoiceList> read(YamlMap map, String owner, String type, Problems problems) {
        if (!map.has("choices")) {
            map.missing("choices", owner, "a list of at least two options");
            return Optional.empty();
        }
        Optional<List<Scalar>> choices = map.textList("choices");
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        if (choices.get().size() < 2) {
            problems.error(
                    map.keyPos("choices"),
                    "a " + type + " question needs at least two choices; found "
                            + choices.get().size());
            return Optional.empty();
        }
        if (choices.get().size() > Letters.MAX) {
            problems.error(
                    map.keyPos("choices"), Letters.tooMany(type, choices.get().size(), "choices"));
            return Optional.empty();
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> texts = new ArrayList<>();
        for (Scalar c : choices.get()) {
            Integer first = seen.putIfAbsent(c.text(), texts.size() + 1);
            if (first != null) {
                problems.warning(
                        c.pos(), "duplicate choice " + Quoted.of(c.text()) + " (same as choice " + first + ")");
            }
            texts.add(c.text());
        }
        return Optional.of(new ChoiceList(texts, problems));
    }

    List<String> texts() {
        return texts;
    }

    /** The index of a choice named by its text, or empty with a "did you mean" error. */
    Optional<Integer> indexOf(Scalar answer) {
        int i = texts.indexOf(answer.text());
        if (i >= 0) {
            return Optional.of(i);
        }
        problems.error(
                answer.pos(),
                "answer " + Quoted.of(answer.text()) + " is not one of the choices"
                        + DidYouMean.hint(answer.text(), texts) + suggestFromCase(answer.text()));
        return Optional.empty();
    }

    private String suggestFromCase(String answer) {
        return DidYouMean.closest(answer, texts).isPresent() ? "" : "; write it exactly as in 'choices'";
    }

    /** {@code feedback:} keyed by choice text. */
    Optional<Map<String, String>> feedback(YamlMap map) {
        if (!map.has("feedback")) {
            return Optional.of(Map.of());
        }
        Optional<List<Map.Entry<Scalar, Scalar>>> entries = map.textMap("feedback");
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> feedback = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<Scalar, Scalar> e : entries.get()) {
            if (!texts.contains(e.getKey().text())) {
                problems.error(
                        e.getKey().pos(),
                        "feedback for '" + e.getKey().text() + "', which is not one of the" + " choices"
                                + DidYouMean.hint(e.getKey().text(), texts));
                ok = false;
            }
            feedback.put(e.getKey().text(), e.getValue().text());
        }
        return ok ? Optional.of(feedback) : Optional.empty();
    }
}
