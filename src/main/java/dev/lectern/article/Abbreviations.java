package dev.lectern.article;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that, followed by a single period, do not end a sentence. The word is what precedes
 * the final period, without leading quotes or brackets: {@code "U.S"} for {@code "U.S."}.
 */
final class Abbreviations {
    private Abbreviations() {}

    /**
     * Never a sentence end, whatever follows: titles that precede a name, and Latin connectives.
     * Case-sensitive on purpose, so that e.g. "5 ms." (milliseconds) can still end a sentence.
     */
    private static final Set<String> NEVER_FINAL = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Rev", "Capt",
            "Lt", "Col", "Sgt", "vs", "Vs", "e.g", "E.g", "i.e", "I.e");

    /** Not a sentence end when a number follows: "Jan. 5", "No. 5", "p. 12". */
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Vol",
            "p", "pp");

    /**
     * Initials and dotted acronyms: "W" (George W. Bush), "J", "U.S", "U.K". Lower-case dotted
     * forms such as "a.m"/"p.m" and plain "etc" are deliberately absent: they end a sentence unless
     * lower-case text follows, which the splitter already checks for every period.
     */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

    /** Whether {@code word} followed by "." and then {@code next} is an abbreviation, not an end. */
    static boolean continuesAfter(String word, char next) {
        return NEVER_FINAL.contains(word)
                || INITIALS.matcher(word).matches()
                || (Character.isDigit(next) && BEFORE_NUMBER.contains(word));
    }
}
