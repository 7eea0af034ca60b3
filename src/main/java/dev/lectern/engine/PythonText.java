package dev.lectern.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The few Python 3 string operations the official SQuAD v1.1 evaluation script relies on, ported exactly so
 * {@link TextNormalizer#squad} and {@link TokenF1} score as the script does. Java's own versions differ at the
 * edges: {@code Character.isWhitespace} misses no-break spaces, regex {@code \w} counts combining marks as word
 * chars, and {@code toLowerCase} decides the final sigma by word boundaries. Works on code points, as Python
 * strings do; a lone surrogate is one code point that is nothing in particular.
 */
final class PythonText {
    /** Python's {@code string.punctuation}: the 32 ASCII punctuation and symbol chars, nothing else. */
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private PythonText() {}

    /**
     * {@code str.isspace()}: the chars whose bidi class is WS, B or S or whose category is Zs, listed out
     * (checked against Python 3.11, Unicode 14). Unlike Java, it includes U+0085 and the no-break spaces.
     */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D)
                || (cp >= 0x1C && cp <= 0x20)
                || cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** A {@code \w} char of a Python 3 {@code str} regex: any letter or number (L* or N*), or the underscore. */
    static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> cp == '_';
        };
    }

    /** {@code str.split()} with no argument: the runs of non-space chars. */
    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    tokens.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /**
     * {@code str.lower()}: the full lowercase mapping, in which only İ (U+0130) maps to two chars ("i" and a
     * combining dot above), and Python's own Final_Sigma rule: Σ becomes ς when a cased letter comes before it
     * and none after, skipping case-ignorable chars either side.
     */
    static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0x130) {
                out.append("i\u0307");
            } else if (cp == 0x3A3) {
                out.append(isFinalSigma(text, i) ? 'ς' : 'σ');
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isFinalSigma(String text, int at) {
        int before = at;
        int cp = 0;
        do {
            if (before == 0) {
                return false;
            }
            cp = text.codePointBefore(before);
            before -= Character.charCount(cp);
        } while (isCaseIgnorable(cp));
        if (!isCased(cp)) {
            return false;
        }
        for (int after = at + 1; after < text.length(); after += Character.charCount(cp)) {
            cp = text.codePointAt(after);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    /** Unicode's Cased: lowercase or uppercase (Other_ properties included, as Java's methods do) or titlecase. */
    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * Unicode's Case_Ignorable: marks, format chars, modifier letters and symbols, and the Word_Break
     * MidLetter, MidNumLet and Single_Quote chars (listed out: Java has no Word_Break property).
     */
    private static boolean isCaseIgnorable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.FORMAT,
                    Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL -> true;
            default ->
                switch (cp) {
                    case 0x27,
                            0x2E,
                            0x3A,
                            0xB7,
                            0x387,
                            0x55F,
                            0x5F4,
                            0x2018,
                            0x2019,
                            0x2024,
                            0x2027,
                            0xFE13,
                            0xFE52,
                            0xFE55,
                            0xFF07,
                            0xFF0E,
                            0xFF1A -> true;
                    default -> false;
                };
        };
    }
}
