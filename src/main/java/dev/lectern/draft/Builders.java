package dev.lectern.draft;

import dev.lectern.article.Passage;
import dev.lectern.engine.NumberMentions;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.Tolerance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the questions both {@code new} and {@code draft} propose, each on one sentence, with unique ids. */
final class Builders {
    private final Set<String> ids = new HashSet<>();

    String id(String words) {
        String base =
                words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 40 ? base.substring(0, 40).replaceAll("-+$", "") : base;
        base = base.isEmpty() ? "question" : base;
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static QuestionHeader header(String id, String prompt, List<Passage> evidence, Sentence s) {
        return new QuestionHeader(
                id, prompt, evidence, Optional.of("Sentence " + s.ref() + ": " + s.text()), Optional.empty(), 1.0);
    }

    /** A number the sentence gives in figures, asked as a number question ("…killed how many people?"). */
    Optional<Drafted> number(Sentence s, NumberMentions.Mention m) {
        String text = s.text();
        String figure = text.substring(m.start(), m.end());
        if (!figure.matches(".*\\d.*") || m.value().signum() < 0) {
            return Optional.empty();
        }
        String after = text.substring(m.end());
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile("^(%| per ?cent|-?\\s?([a-z]{3,}s)\\b)")
                .matcher(after);
        boolean counted = unit.find();
        boolean year = figure.matches("1[0-9]{3}|20[0-9]{2}") && !counted;
        String asked;
        Optional<String> unitName = Optional.empty();
        int end = m.end();
        if (counted) {
            boolean percent = unit.group(2) == null;
            unitName = Optional.of(percent ? "%" : unit.group(2));
            asked = percent ? "what percentage" : "how many " + unit.group(2);
            end = m.end() + unit.end();
        } else if (year) {
            boolean in = text.substring(0, m.start()).endsWith("in ");
            asked = in ? "what year" : "which year";
        } else {
            return Optional.empty();
        }
        String prompt = Echo.ask(text, m.start(), end, asked);
        Question q = new NumberQuestion(
                header(
                        id((year ? "year " : "how many ") + figure + " " + unitName.orElse("")),
                        prompt,
                        List.of(s.passage()),
                        s),
                List.of(m.value()),
                Tolerance.NONE,
                unitName,
                List.of());
        return Optional.of(new Drafted(q, List.of(s.comment())));
    }

    /** The sentence with one blank: {@code [[answer]]}. */
    Drafted cloze(Sentence s, int start, int end, String prompt) {
        String text = s.text();
        String answer = text.substring(start, end);
        Question q = new ClozeQuestion(
                header(id("blank " + answer), prompt, List.of(s.passage()), s),
                List.of(text.substring(0, start), text.substring(end)),
                List.of(new ClozeQuestion.Blank(List.of(answer))),
                TextMatching.DEFAULT);
        return new Drafted(q, List.of(s.comment()));
    }

    Drafted shortAnswer(Names.Occurrence o) {
        Name name = o.name();
        Sentence s = o.sentence();
        List<String> answers = new ArrayList<>(List.of(name.text()));
        String[] words = name.text().split(" ", -1);
        if (name.kind() == Name.Kind.PERSON && words.length > 1) {
            answers.add(words[words.length - 1]);
        }
        Question q = new ShortQuestion(
                header(id(name.kind().asked + " " + name.text()), asked(o), List.of(s.passage()), s),
                answers,
                Optional.empty(),
                TextMatching.DEFAULT,
                TextCredit.ALL_OR_NOTHING,
                List.of());
        return new Drafted(q, List.of(s.comment()));
    }

    Optional<Drafted> choice(Names.Occurrence o, List<Name> like, int seed) {
        List<String> others = like.stream()
                .map(Name::text)
                .filter(t -> !o.sentence().text().contains(t))
                .limit(3)
                .toList();
        if (others.size() < 2) {
            return Optional.empty();
        }
        List<String> choices = new ArrayList<>(others);
        int at = Math.floorMod(seed, choices.size() + 1);
        choices.add(at, o.name().text());
        Question q = new ChoiceQuestion(
                header(
                        id("which " + o.name().text()),
                        asked(o),
                        List.of(o.sentence().passage()),
                        o.sentence()),
                choices,
                at,
                Map.of(),
                0);
        return Optional.of(new Drafted(q, List.of(o.sentence().comment())));
    }

    /** "…would be led by whom?", "…to meet him where?" */
    static String asked(Names.Occurrence o) {
        String before = o.sentence().text().substring(0, o.start());
        String[] words = before.strip().split("\\s+", -1);
        String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
        int start = o.start();
        String asked;
        switch (o.name().kind()) {
            case PERSON ->
                asked = Set.of("by", "to", "with", "for", "from", "of", "about").contains(last) ? "whom" : "who";
            case PLACE -> {
                if (Set.of("in", "to", "at", "into", "near").contains(last)) {
                    start = before.stripTrailing().length() - last.length();
                    asked = last.equals("near") ? "near where" : "where";
                } else {
                    asked = "which place";
                }
            }
            case ORGANISATION -> asked = "which organisation";
            default -> asked = "what";
        }
        if (before.endsWith("the ") && !asked.startsWith("wh")) {
            start -= 4;
        } else if (before.endsWith("the ") && asked.startsWith("which")) {
            start -= 4;
        }
        return Echo.ask(o.sentence().text(), start, o.end(), asked);
    }

    Drafted evidence(Sentence s) {
        String claim = s.text().replaceAll("[.!]+['\")\\]”’]*$", "");
        Question q = new EvidenceQuestion(
                header(
                        id("find " + s.ref().paragraph() + " " + s.ref().sentence()),
                        "Find the sentence that supports this claim: " + claim + ".",
                        List.of(s.passage()),
                        s),
                s.ref(),
                List.of(),
                EvidenceQuestion.DEFAULT_NEAR);
        return new Drafted(q, List.of(s.comment()));
    }
}
