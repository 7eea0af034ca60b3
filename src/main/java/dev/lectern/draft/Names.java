package dev.lectern.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an article mentions: runs of capitalised words that do not start a sentence ("the Kremlin said",
 * "led by Vladimir Medinsky"), joined by "of", "de", "da" and the like; a run at a sentence's start counts only
 * where the same name also occurs inside a sentence. Days, months and sentence openers ("In", "But") are no names.
 * Where a tagger is given, a run needs at least one proper noun in it ("European leaders" is no name).
 */
final class Names {
    /** One place a name occurs: chars {@code [start, end)} of a sentence's text. */
    record Occurrence(Name name, Sentence sentence, int start, int end) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’.\\-]*|\\d+|\\S");
    private static final Set<String> JOINERS = Set.of("of", "de", "da", "von", "van", "del", "der", "la", "al", "bin");
    private static final Set<String> NOT_NAMES = Set.of(
            "The",
            "A",
            "An",
            "In",
            "On",
            "At",
            "But",
            "And",
            "He",
            "She",
            "It",
            "They",
            "We",
            "I",
            "This",
            "That",
            "These",
            "Those",
            "His",
            "Her",
            "Its",
            "Their",
            "Our",
            "If",
            "As",
            "After",
            "Before",
            "When",
            "While",
            "However",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "There",
            "For",
            "With",
            "By",
            "From",
            "To",
            "Some",
            "Many",
            "Most",
            "All",
            "Other",
            "Such",
            "Since",
            "During",
            "Later",
            "Earlier",
            "According",
            "Also",
            "Although",
            "Despite",
            "Each",
            "Every",
            "Both",
            "You",
            "My",
            "Your",
            "What",
            "Who");

    private final Map<String, List<Occurrence>> byName = new LinkedHashMap<>();

    Names(List<Sentence> sentences, ProperNouns tagger) {
        Map<String, List<Span>> found = new LinkedHashMap<>();
        Set<String> inside = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            for (Span span : runs(s, tagger)) {
                found.computeIfAbsent(span.text, k -> new ArrayList<>()).add(span);
                if (!span.atStart) {
                    inside.add(span.text);
                }
            }
        }
        for (Map.Entry<String, List<Span>> e : found.entrySet()) {
            if (!inside.contains(e.getKey())) {
                continue;
            }
            Name name = new Name(
                    e.getKey(),
                    Name.kindOf(
                            e.getKey(),
                            e.getValue().stream().map(sp -> sp.before).toList()));
            byName.put(
                    name.text(),
                    e.getValue().stream()
                            .map(sp -> new Occurrence(name, sp.sentence, sp.start, sp.end))
                            .toList());
        }
    }

    List<Name> all() {
        return byName.values().stream().map(o -> o.get(0).name()).toList();
    }

    List<Occurrence> occurrences(Name name) {
        return byName.getOrDefault(name.text(), List.of());
    }

    /** Other names of the same kind, for distractors; names of other kinds after them. */
    List<Name> like(Name name) {
        List<Name> same = new ArrayList<>(all().stream()
                .filter(n -> n.kind() == name.kind() && differs(n, name))
                .toList());
        all().stream().filter(n -> n.kind() != name.kind() && differs(n, name)).forEach(same::add);
        return same;
    }

    /** "Putin" and "Vladimir Putin" are one person, not a distractor for each other. */
    private static boolean differs(Name a, Name b) {
        return !a.text().contains(b.text()) && !b.text().contains(a.text());
    }

    private record Span(String text, Sentence sentence, int start, int end, boolean atStart, String before) {}

    private static List<Span> runs(Sentence sentence, ProperNouns tagger) {
        String text = sentence.text();
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int end = m.end();
            String t = m.group();
            if (t.endsWith("’s") || t.endsWith("'s")) {
                end -= 2;
            } else if (t.endsWith(".") && !t.matches("(\\p{Lu}\\.)+")) {
                end -= 1;
            }
            if (end > m.start()) {
                tokens.add(new int[] {m.start(), end});
            }
        }
        boolean[] proper =
                tagger.tag(tokens.stream().map(t -> text.substring(t[0], t[1])).toList());
        List<Span> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(text, tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size()
                    && (capitalised(text, tokens.get(j + 1))
                            || (j + 2 < tokens.size()
                                    && JOINERS.contains(word(text, tokens.get(j + 1)))
                                    && capitalised(text, tokens.get(j + 2))
                                    && tokens.get(j + 1)[0] == tokens.get(j)[1] + 1))) {
                j += JOINERS.contains(word(text, tokens.get(j + 1))) ? 2 : 1;
            }
            boolean anyProper = proper == null;
            for (int k = i; k <= j && !anyProper; k++) {
                anyProper = proper[k];
            }
            boolean atStart = i == 0 || (i == 1 && !Character.isLetterOrDigit(text.charAt(tokens.get(0)[0])));
            boolean demonym = i == j
                    && word(text, tokens.get(i)).matches(".*(an|ese|ish|ic)")
                    && j + 1 < tokens.size()
                    && Character.isLowerCase(word(text, tokens.get(j + 1)).codePointAt(0));
            if (anyProper && !demonym && contiguous(text, tokens, i, j)) {
                int b = i > 1 && word(text, tokens.get(i - 1)).equals("the") ? i - 2 : i - 1;
                String before = b >= 0 ? word(text, tokens.get(b)) : "";
                runs.add(new Span(
                        text.substring(tokens.get(i)[0], tokens.get(j)[1]),
                        sentence,
                        tokens.get(i)[0],
                        tokens.get(j)[1],
                        atStart,
                        before));
            }
            i = j + 1;
        }
        return runs;
    }

    /** A run with only spaces between its words (no comma, no sentence end). */
    private static boolean contiguous(String text, List<int[]> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!text.substring(tokens.get(k)[1], tokens.get(k + 1)[0]).equals(" ")) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String text, int[] token) {
        String w = word(text, token);
        return Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(w) && w.length() > 1;
    }

    private static String word(String text, int[] token) {
        return text.substring(token[0], token[1]);
    }
}
