package dev.lectern.engine;

/**
 * {@link TextNormalizer}'s forms and the few text tests grading needs, each in one pass over the chars with no
 * regex, no split and no streams: grading reads every answer of a batch through them. The normal forms take a
 * short cut only where it gives exactly the full Unicode form: text that is ASCII but for typographic quotes and
 * dashes (which the full form folds to ASCII punctuation and then removes) and no-break spaces (which NFKC makes
 * plain spaces). Anything else goes the full way; {@code CompiledGradingAgreesTest} checks both give the same.
 */
final class FastText {
    private FastText() {}

    /** {@link TextNormalizer#normalize}, in one pass where the text allows it. */
    static String normalize(String text, boolean caseSensitive) {
        String fast = asciiNormalize(text, caseSensitive);
        return fast != null ? fast : TextNormalizer.normalize(text, caseSensitive);
    }

    /**
     * The normal form, or null where only the full path can tell. Words end at white space only (removing
     * punctuation joins what it separated), and a finished word that is an article is taken back.
     */
    static String asciiNormalize(String text, boolean caseSensitive) {
        int n = text.length();
        char[] out = new char[n];
        int len = 0;
        int wordStart = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c == '\u00a0') {
                    c = ' ';
                } else if (isFoldedPunctuation(c)) {
                    continue;
                } else {
                    return null;
                }
            }
            if (!caseSensitive && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (PythonText.isSpace(c)) {
                len = endWord(out, len, wordStart);
                wordStart = -1;
                continue;
            }
            if (isAsciiPunctuation(c) && !separatorInNumber(text, i, c)) {
                continue;
            }
            if (wordStart < 0) {
                if (len > 0) {
                    out[len++] = ' ';
                }
                wordStart = len;
            }
            out[len++] = c;
        }
        len = endWord(out, len, wordStart);
        return new String(out, 0, len);
    }

    /** The length once the word from {@code start} is taken back when it is a, an or the (with its space). */
    private static int endWord(char[] out, int len, int start) {
        if (start >= 0 && isArticle(out, start, len)) {
            return start > 0 ? start - 1 : 0;
        }
        return len;
    }

    private static boolean isArticle(char[] s, int from, int to) {
        int length = to - from;
        if (length == 1) {
            return (s[from] | 0x20) == 'a';
        }
        if (length == 2) {
            return (s[from] | 0x20) == 'a' && (s[from + 1] | 0x20) == 'n';
        }
        return length == 3 && (s[from] | 0x20) == 't' && (s[from + 1] | 0x20) == 'h' && (s[from + 2] | 0x20) == 'e';
    }

    /** A point or comma with an ASCII digit on both sides (the only digits the short cut lets through). */
    private static boolean separatorInNumber(String text, int i, char c) {
        return (c == '.' || c == ',')
                && i > 0
                && i + 1 < text.length()
                && isDigit(text.charAt(i - 1))
                && isDigit(text.charAt(i + 1));
    }

    /** The typographic quotes, apostrophes and dashes {@link TextNormalizer} folds to ASCII, and the acute accent. */
    private static boolean isFoldedPunctuation(char c) {
        return switch (c) {
            case '‘', '’', '‚', '‛', '′', '“', '”', '„', '‟', '″', '«', '»', '‐', '‑', '‒', '–', '—', '―', '−', '´' ->
                true;
            default -> false;
        };
    }

    static boolean isAsciiPunctuation(int c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link TextNormalizer#squad}, in one pass for ASCII text. */
    static String squad(String text) {
        String fast = asciiSquad(text);
        return fast != null ? fast : TextNormalizer.squad(text);
    }

    /**
     * Lowercase, ASCII punctuation out, each run of word chars (letters and digits: the underscore is
     * punctuation) that is a, an or the made a space, then Python's white space collapsed. A control char is
     * neither space nor word char: it ends a run but stays in its token.
     */
    private static String asciiSquad(String text) {
        int n = text.length();
        char[] out = new char[n];
        int len = 0;
        boolean space = false;
        int runStart = -1;
        int beforeRun = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (isAsciiPunctuation(c)) {
                continue;
            }
            boolean word = (c >= 'a' && c <= 'z') || isDigit(c);
            if (!word && runStart >= 0) {
                if (isLowerArticle(out, runStart, len)) {
                    len = beforeRun;
                    space = true;
                }
                runStart = -1;
            }
            if (PythonText.isSpace(c)) {
                space = true;
                continue;
            }
            int before = len;
            if (space && len > 0) {
                out[len++] = ' ';
            }
            space = false;
            if (word && runStart < 0) {
                runStart = len;
                beforeRun = before;
            }
            out[len++] = c;
        }
        if (runStart >= 0 && isLowerArticle(out, runStart, len)) {
            len = beforeRun;
        }
        return new String(out, 0, len);
    }

    private static boolean isLowerArticle(char[] s, int from, int to) {
        int length = to - from;
        return (length == 1 && s[from] == 'a')
                || (length == 2 && s[from] == 'a' && s[from + 1] == 'n')
                || (length == 3 && s[from] == 't' && s[from + 1] == 'h' && s[from + 2] == 'e');
    }

    /** The tokens of a {@link #squad} form: it has single spaces between tokens and none at either end. */
    static String[] tokens(String squadForm) {
        if (squadForm.isEmpty()) {
            return new String[0];
        }
        int count = 1;
        for (int i = 0; i < squadForm.length(); i++) {
            if (squadForm.charAt(i) == ' ') {
                count++;
            }
        }
        String[] tokens = new String[count];
        int start = 0;
        int t = 0;
        for (int i = 0; i < squadForm.length(); i++) {
            if (squadForm.charAt(i) == ' ') {
                tokens[t++] = squadForm.substring(start, i);
                start = i + 1;
            }
        }
        tokens[t] = squadForm.substring(start);
        return tokens;
    }

    /** Nothing but Python's white space (all of it in the BMP, so a surrogate is never space). */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!PythonText.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link TextNormalizer#collapseWhitespace}: runs of Python's white space made one space, and trimmed. */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PythonText.isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The runs of ASCII digits, one space between them: what {@code \D+} replaced by a space and trimmed leaves. */
    static String digits(String text) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Whether the text is all ASCII: then {@link TextNormalizer#stripDiacritics} leaves it as it is. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link TextNormalizer#stripDiacritics} of a normal form, without the round trip through NFD for ASCII. */
    static String plain(String normalized) {
        return isAscii(normalized) ? normalized : TextNormalizer.stripDiacritics(normalized);
    }
}
