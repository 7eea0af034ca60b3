package dev.lectern.draft;

import dev.lectern.article.Article;
import dev.lectern.engine.NumberMentions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lectern draft}: candidate questions for a teacher to edit and prune. Numbers in figures (counts,
 * percentages, years) become number questions, dates and other figures cloze blanks; names become short or choice
 * questions with distractors of the same kind from the article; statements with a name or number become evidence
 * questions. One question a sentence, the kinds taken in turn, then put in article order.
 */
public final class Drafter {
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2} (January|February|March|April|May|June|July"
            + "|August|September|October|November|December)( \\d{4})?|(January|February|March|April|May|June|July"
            + "|August|September|October|November|December) \\d{1,2}(, \\d{4})?)\\b");

    private final ProperNouns tagger;

    public Drafter(ProperNouns tagger) {
        this.tagger = tagger;
    }

    public List<Drafted> draft(Article article, int max) {
        List<Sentence> sentences =
                Sentence.of(article).stream().filter(Sentence::isStatement).toList();
        Names names = new Names(Sentence.of(article), tagger);
        Builders build = new Builders();
        List<List<Drafted>> kinds =
                List.of(numbers(sentences, build), names(names, build), claims(sentences, names, build));
        List<Drafted> chosen = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int[] next = new int[kinds.size()];
        boolean any = true;
        while (chosen.size() < max && any) {
            any = false;
            for (int k = 0; k < kinds.size() && chosen.size() < max; k++) {
                while (next[k] < kinds.get(k).size()) {
                    Drafted d = kinds.get(k).get(next[k]++);
                    String at = d.question().evidence().get(0).toString();
                    if (used.add(at)) {
                        chosen.add(d);
                        any = true;
                        break;
                    }
                }
            }
        }
        chosen.sort(Comparator.comparing(
                        (Drafted d) -> d.question().evidence().get(0).paragraph())
                .thenComparing(d -> d.question().evidence().get(0).span().start()));
        return chosen;
    }

    private static List<Drafted> numbers(List<Sentence> sentences, Builders build) {
        List<Drafted> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher date = DATE.matcher(s.text());
            if (date.find()) {
                out.add(build.cloze(s, date.start(), date.end(), "Fill in the date."));
                continue;
            }
            for (NumberMentions.Mention m : NumberMentions.in(s.text())) {
                Optional<Drafted> q = build.number(s, m);
                if (q.isPresent()) {
                    out.add(q.get());
                    break;
                }
                if (s.text().substring(m.start(), m.end()).matches("\\d[\\d,.]*")) {
                    out.add(build.cloze(s, m.start(), m.end(), "Fill in the number."));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Drafted> names(Names names, Builders build) {
        List<Drafted> out = new ArrayList<>();
        int n = 0;
        for (Name name : names.all()) {
            Optional<Names.Occurrence> first = names.occurrences(name).stream()
                    .filter(o -> o.sentence().isStatement() && o.start() > 0)
                    .findFirst();
            // "During the what?": a name at the start of its clause leaves too little to ask about
            if (first.isEmpty() || Builders.asked(first.get()).split("\\s+").length < 6) {
                continue;
            }
            Optional<Drafted> choice = n % 2 == 0 ? build.choice(first.get(), names.like(name), n) : Optional.empty();
            out.add(choice.orElseGet(() -> build.shortAnswer(first.get())));
            n++;
        }
        return out;
    }

    private static List<Drafted> claims(List<Sentence> sentences, Names names, Builders build) {
        List<Drafted> out = new ArrayList<>();
        Set<Sentence> withNames = new HashSet<>();
        names.all().forEach(nm -> names.occurrences(nm).forEach(o -> withNames.add(o.sentence())));
        for (Sentence s : sentences) {
            if (s.words() >= 10
                    && (withNames.contains(s) || !NumberMentions.in(s.text()).isEmpty())) {
                out.add(build.evidence(s));
            }
        }
        return out;
    }
}
