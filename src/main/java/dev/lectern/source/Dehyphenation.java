package dev.lectern.source;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at the end of a line is a word broken by the typesetter ({@code elec-} / {@code trical}
 * becomes {@code electrical}) or a real hyphenated word ({@code well-} / {@code known} stays {@code well-known}).
 * The text itself is the evidence first: a word written whole elsewhere is joined, a hyphenated form written
 * elsewhere is kept. Without evidence the hyphen goes only when the part after it is not a word on its own (a
 * syllable such as {@code trical}, or a suffix such as {@code tion}); when in doubt the hyphen stays, since a kept
 * hyphen is visible and a wrong join is not.
 */
final class Dehyphenation {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*");
    /** Endings that are not words on their own: a line that starts with one continues a broken word. */
    private static final Set<String> SUFFIXES = words(
            "able", "ible", "less", "ness", "ment", "ments", "ful", "ship", "tion", "tions", "sion", "sions", "ing",
            "ings", "ity", "ities", "ism", "isms", "ist", "ists", "ly", "ed", "er", "ers", "est", "al", "ally", "ance",
            "ence", "ant", "ent", "ous", "ive", "ture", "tures", "ize", "ise", "ized", "ised", "izing", "ising",
            "ation", "ations", "ical", "ically", "ics", "ary", "ory", "ery", "ry", "ty", "ies", "es", "s", "ual", "ial",
            "ian", "ians", "ward", "wards");
    /** First parts that make compounds ({@code self-aware}, {@code non-profit}, {@code co-author}). */
    private static final Set<String> COMPOUND_PREFIXES = words(
            "self", "ex", "non", "co", "anti", "pre", "post", "pro", "semi", "multi", "cross", "half", "all", "well",
            "ill", "mid", "over", "under", "quasi", "pseudo", "vice", "neo", "inter", "intra", "ultra", "mega", "micro",
            "macro", "mini", "sub", "super", "counter", "re", "de", "un", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "first", "second", "third");
    /** Everyday words that end compounds ({@code long-term}, {@code so-called}, {@code state-owned}). */
    private static final Set<String> COMMON_WORDS = words(
            "a",
            "an",
            "the",
            "and",
            "or",
            "of",
            "in",
            "on",
            "to",
            "by",
            "for",
            "up",
            "out",
            "off",
            "down",
            "day",
            "days",
            "time",
            "term",
            "year",
            "years",
            "old",
            "new",
            "known",
            "called",
            "based",
            "made",
            "led",
            "run",
            "owned",
            "free",
            "like",
            "long",
            "short",
            "high",
            "low",
            "level",
            "scale",
            "wide",
            "side",
            "hand",
            "point",
            "line",
            "end",
            "way",
            "based",
            "born",
            "related",
            "making",
            "maker",
            "makers",
            "friendly",
            "minded",
            "sized",
            "sided",
            "class",
            "party",
            "state",
            "world",
            "care",
            "work",
            "life",
            "war",
            "law",
            "rate",
            "care",
            "back",
            "over",
            "time",
            "date",
            "home",
            "house",
            "led",
            "backed",
            "funded",
            "style",
            "type",
            "range",
            "fire",
            "power",
            "right",
            "left",
            "wing",
            "being",
            "taking",
            "looking",
            "going",
            "growing",
            "speaking",
            "lasting",
            "breaking",
            "ended",
            "round",
            "hour",
            "hours",
            "week",
            "month",
            "months",
            "foot",
            "feet",
            "mile",
            "miles",
            "door",
            "face",
            "page",
            "hit",
            "off",
            "in",
            "law",
            "laws",
            "up",
            "on",
            "standing",
            "level",
            "election",
            "winning",
            "water",
            "man",
            "men",
            "woman",
            "women",
            "age",
            "aged",
            "start",
            "year-old",
            "ups",
            "outs",
            "ins");

    private final Set<String> whole = new HashSet<>();
    private final Set<String> hyphenated = new HashSet<>();

    /** A set of the words, repeats allowed in the list. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Learns the words of {@code lines}, taking a hyphen at a line's end as no evidence either way. */
    Dehyphenation(List<String> lines) {
        boolean afterHyphen = false;
        for (String line : lines) {
            String body = line.strip();
            boolean endsWithHyphen = body.endsWith("-");
            Matcher m = WORD.matcher(body);
            boolean firstWord = true;
            while (m.find()) {
                boolean brokenTail = firstWord && afterHyphen && m.start() == 0;
                boolean brokenHead = endsWithHyphen && m.end() == body.length() - 1;
                firstWord = false;
                if (!brokenTail && !brokenHead) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    (w.indexOf('-') >= 0 ? hyphenated : whole).add(w);
                }
            }
            afterHyphen = endsWithHyphen;
        }
    }

    /** True when {@code before} (ending in a hyphen at a line's end) and {@code after} (the next line) make one word. */
    boolean joins(String before, String after) {
        Matcher head = Pattern.compile("([\\p{L}\\p{M}]+)-$").matcher(before.stripTrailing());
        Matcher tail = Pattern.compile("^([\\p{L}\\p{M}]+)").matcher(after.stripLeading());
        if (!head.find() || !tail.find()) {
            return false;
        }
        String first = head.group(1);
        String second = tail.group(1);
        if (!Character.isLowerCase(second.codePointAt(0))) {
            return false;
        }
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        if (whole.contains(a + b)) {
            return true;
        }
        if (hyphenated.contains(a + "-" + b) || COMPOUND_PREFIXES.contains(a)) {
            return false;
        }
        if (SUFFIXES.contains(b)) {
            return true;
        }
        return !(COMMON_WORDS.contains(b) || whole.contains(b));
    }
}
