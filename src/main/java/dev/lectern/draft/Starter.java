package dev.lectern.draft;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.engine.NumberMentions;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.Tolerance;
import dev.lectern.model.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code lectern new}: one example of each of the nine types, built from real sentences of the article with
 * working evidence, each with a comment saying what its type is for. Where the article has too few names or
 * numbers for a type, the example falls back on what every article has: its sentences and paragraphs.
 */
public final class Starter {
    private final ProperNouns tagger;

    public Starter(ProperNouns tagger) {
        this.tagger = tagger;
    }

    public List<Drafted> starter(Article article) {
        List<Sentence> all = Sentence.of(article);
        List<Sentence> statements = all.stream().filter(Sentence::isStatement).toList();
        List<Sentence> pool = statements.size() >= 3 ? statements : all;
        Names names = new Names(all, tagger);
        Builders build = new Builders();
        List<Drafted> out = new ArrayList<>();
        List<Names.Occurrence> occurrences = new ArrayList<>();
        names.all()
                .forEach(n -> names.occurrences(n).stream()
                        .filter(o -> o.start() > 0)
                        .findFirst()
                        .ifPresent(occurrences::add));
        Sentence first = pool.get(0);
        Optional<Drafted> choice = occurrences.stream()
                .map(o -> build.choice(o, names.like(o.name()), 1))
                .flatMap(Optional::stream)
                .findFirst();
        out.add(note(
                choice.orElseGet(() -> trueFalse(build, pool.get(pool.size() / 2), "choice-fallback")),
                "choice: one right answer; distractors are other names from the article"));
        multi(build, all, names).ifPresent(d -> out.add(note(d, "multi: every right choice must be picked")));
        out.add(note(trueFalse(build, first, "statement"), "true-false: the prompt is a statement to judge"));
        occurrences.stream()
                .skip(1)
                .findFirst()
                .ifPresent(o -> out.add(
                        note(build.shortAnswer(o), "short: typed answers; list every accepted wording in 'answers'")));
        Optional<Drafted> number = pool.stream()
                .flatMap(s -> NumberMentions.in(s.text()).stream()
                        .map(m -> build.number(s, m))
                        .flatMap(Optional::stream))
                .findFirst();
        out.add(note(
                number.orElseGet(() -> paragraphCount(build, article)),
                "number: a number typed in figures or words; add 'tolerance' where estimates are fine"));
        Sentence clozed = pool.get(Math.min(1, pool.size() - 1));
        int[] word = longestWord(clozed.text());
        out.add(note(
                build.cloze(clozed, word[0], word[1], "Fill in the blank."),
                "cloze: blanks written [[answer]] or [[answer|other accepted]]"));
        if (pool.size() >= 3) {
            out.add(note(order(build, pool), "order: items written in the right order; the quiz shuffles them"));
        }
        match(build, names).ifPresent(d -> out.add(note(d, "match: pairs written left: right")));
        out.add(note(
                build.evidence(pool.get(pool.size() - 1)),
                "evidence: the learner finds the supporting sentence; the answer is its number"));
        return out;
    }

    private static Drafted note(Drafted d, String what) {
        List<String> comments = new ArrayList<>(List.of(what));
        comments.addAll(d.comments());
        return new Drafted(d.question(), comments);
    }

    private static Drafted trueFalse(Builders build, Sentence s, String idWords) {
        String statement = s.text().replaceAll("[.!]+$", "");
        Question q = new TrueFalseQuestion(
                Builders.header(
                        build.id("true " + idWords), "True or false: " + statement + ".", List.of(s.passage()), s),
                true,
                Optional.empty(),
                Optional.empty(),
                0);
        return new Drafted(q, List.of(s.comment()));
    }

    private static Optional<Drafted> multi(Builders build, List<Sentence> all, Names names) {
        for (Sentence s : all) {
            List<String> in = names.all().stream()
                    .map(Name::text)
                    .filter(t -> s.text().contains(t))
                    .distinct()
                    .toList();
            List<String> out = names.all().stream()
                    .map(Name::text)
                    .filter(t -> !s.text().contains(t) && in.stream().noneMatch(i -> i.contains(t) || t.contains(i)))
                    .limit(2)
                    .toList();
            if (in.size() >= 2 && out.size() >= 1) {
                List<String> choices = new ArrayList<>(in.subList(0, Math.min(3, in.size())));
                choices.addAll(1, out);
                Set<Integer> right = new TreeSet<>();
                for (int i = 0; i < choices.size(); i++) {
                    if (s.text().contains(choices.get(i))) {
                        right.add(i);
                    }
                }
                Question q = new MultiQuestion(
                        Builders.header(
                                build.id("named in " + s.ref()),
                                "Which of these does" + " sentence " + s.ref() + " name? Pick every one.",
                                List.of(s.passage()),
                                s),
                        choices,
                        right,
                        Map.of(),
                        MultiScoring.RIGHT_MINUS_WRONG,
                        0);
                return Optional.of(new Drafted(q, List.of(s.comment())));
            }
        }
        return Optional.empty();
    }

    private static Drafted paragraphCount(Builders build, Article article) {
        Sentence last = Sentence.of(article).get(Sentence.of(article).size() - 1);
        Question q = new NumberQuestion(
                Builders.header(
                        build.id("how many paragraphs"),
                        "How many paragraphs does the" + " article have?",
                        List.of(last.passage()),
                        last),
                List.of(java.math.BigDecimal.valueOf(article.paragraphCount())),
                Tolerance.NONE,
                Optional.empty(),
                List.of());
        return new Drafted(q, List.of(last.comment()));
    }

    private static Drafted order(Builders build, List<Sentence> pool) {
        List<Sentence> picked = new ArrayList<>();
        int step = Math.max(1, pool.size() / 3);
        for (int i = 0; i < pool.size() && picked.size() < 3; i += step) {
            picked.add(pool.get(i));
        }
        List<String> items = new ArrayList<>();
        for (Sentence s : picked) {
            String[] words = s.text().replaceAll("[.!]+$", "").strip().split("\\s+", -1);
            String item = String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)))
                    + (words.length > 8 ? " …" : "");
            items.add(items.contains(item) ? s.text() : item);
        }
        Sentence s = picked.get(0);
        List<Passage> evidence = picked.stream().map(Sentence::passage).toList();
        Question q = new OrderQuestion(
                Builders.header(
                        build.id("article order"),
                        "Put these in the order the article" + " tells them, first to last.",
                        evidence,
                        s),
                items,
                OrderScoring.PAIRS);
        return new Drafted(q, picked.stream().map(Sentence::comment).toList());
    }

    private static Optional<Drafted> match(Builders build, Names names) {
        Map<String, Names.Occurrence> byParagraph = new LinkedHashMap<>();
        for (Name n : names.all()) {
            Names.Occurrence o = names.occurrences(n).get(0);
            byParagraph.putIfAbsent("paragraph " + o.sentence().ref().paragraph(), o);
        }
        if (byParagraph.size() < 2) {
            return Optional.empty();
        }
        List<MatchQuestion.Pair> pairs = new ArrayList<>();
        List<Passage> evidence = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        byParagraph.entrySet().stream().limit(3).forEach(e -> {
            pairs.add(new MatchQuestion.Pair(e.getValue().name().text(), e.getKey()));
            evidence.add(e.getValue().sentence().passage());
            comments.add(e.getValue().sentence().comment());
        });
        Question q = new MatchQuestion(
                Builders.header(
                        build.id("first named"),
                        "Match each name with the paragraph" + " that first mentions it.",
                        evidence,
                        byParagraph.values().iterator().next().sentence()),
                pairs);
        return Optional.of(new Drafted(q, comments));
    }

    /** The longest word of a sentence, as the blank of the example cloze. */
    private static int[] longestWord(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
        int[] best = {0, 0};
        while (m.find()) {
            if (m.end() - m.start() > best[1] - best[0]) {
                best = new int[] {m.start(), m.end()};
            }
        }
        return best;
    }
}
