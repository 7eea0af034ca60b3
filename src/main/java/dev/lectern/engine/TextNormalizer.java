package dev.lectern.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text forms that answers are compared in. {@link #normalize} is Lectern's own forgiving form; {@link #squad}
 * is the official SQuAD v1.1 one, kept exact so scores on SQuAD data match published ones.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /**
     * The form a typed answer is compared in, so that {@code "Kremlin’s"} equals {@code "Kremlin's"} and
     * {@code "The Kremlin"} equals {@code "kremlin"}:
     * <ol>
     * <li>Unicode NFKC, so full-width letters, ligatures and no-break spaces become plain ones (an acute
     * accent typed alone for an apostrophe, {@code "Kremlin´s"}, is made one first: NFKC would make it a
     * space and a combining accent);</li>
     * <li>unless {@code caseSensitive}, full case folding: upper- then lowercase, which turns ß into ss; then
     * ẞ (whose lowercase is ß) into ss too, and final ς into σ, so Σ, σ and ς are one letter wherever they
     * stand; and NFKC again, since case mappings can leave letters decomposed;</li>
     * <li>typographic quotes, apostrophes and dashes folded to ASCII ({@code ‘ ’ ‚ ‛ ′ → '},
     * {@code “ ” „ ‟ ″ « » → "}, {@code ‐ ‑ ‒ – — ― − → -}), chiefly so the minus sign (a math symbol, not
     * punctuation) goes with the rest;</li>
     * <li>punctuation removed: Unicode P* and the 32 ASCII punctuation chars, ' and - included, but a point
     * or comma between two digits stays ({@code "3.5"}, {@code "1,000"}). Removal joins what it separated:
     * {@code "U.S."} becomes {@code "us"} (so it matches "US") and {@code "U.S.-led"} {@code "usled"};
     * {@code "Russia-Ukraine"} becomes {@code "russiaukraine"}, one slip from "Russia Ukraine";</li>
     * <li>white space collapsed to single spaces and trimmed;</li>
     * <li>the words a, an and the removed, in any case, even when {@code caseSensitive}: an answer is no
     * more or less right for its article.</li>
     * </ol>
     * Diacritics stay ({@code "Erdoğan"} keeps its ğ): see {@link #stripDiacritics}. The result is idempotent
     * by the order of the steps: case mapping comes before punctuation is judged, and NFKC runs once more
     * after removals, which can bring a letter next to a combining mark it composes with (removing the ’ from
     * e, ’, combining acute leaves é).
     */
    public static String normalize(String text, boolean caseSensitive) {
        String s = Normalizer.normalize(text.replace('´', '\''), Normalizer.Form.NFKC);
        if (!caseSensitive) {
            s = foldCase(s);
        }
        s = removePunctuation(foldTypography(s));
        s = Normalizer.normalize(collapseWhitespace(s), Normalizer.Form.NFKC);
        return removeArticles(s);
    }

    private static String foldCase(String text) {
        String folded = text.toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace('ς', 'σ');
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    private static String foldTypography(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(
                    switch (c) {
                        case '‘', '’', '‚', '‛', '′' -> '\'';
                        case '“', '”', '„', '‟', '″', '«', '»' -> '"';
                        case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
                        default -> c;
                    });
        }
        return out.toString();
    }

    /** Drops punctuation, keeping a point or comma that has a digit on both sides in the text as given. */
    private static String removePunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean separatorInNumber = (cp == '.' || cp == ',')
                    && i > 0
                    && next < text.length()
                    && Character.isDigit(text.codePointBefore(i))
                    && Character.isDigit(text.codePointAt(next));
            if (separatorInNumber || !isPunctuation(cp)) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isPunctuation(int cp) {
        if (cp < 0x80) {
            return PythonText.PUNCTUATION.indexOf(cp) >= 0;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Drops the words a, an and the, in any case; expects white space already collapsed. */
    private static String removeArticles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ", -1)) {
            boolean article = word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") || word.equalsIgnoreCase("the");
            if (!article && !word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    /**
     * The official SQuAD v1.1 {@code normalize_answer}, ported exactly:
     * {@code white_space_fix(remove_articles(remove_punc(lower(s))))}, with Python's {@code str.lower()},
     * its {@code string.punctuation} (ASCII only: ’ and – stay), {@code re.sub(r'\b(a|an|the)\b', ' ', s)}
     * with Python 3's Unicode word chars, and {@code ' '.join(s.split())} with Python's white space.
     * Only ASCII lowercase articles go, as in the script (after {@code lower} that is all of them).
     */
    public static String squad(String text) {
        String s = PythonText.lower(text);
        s = removeSquadPunctuation(s);
        s = removeSquadArticles(s);
        return String.join(" ", PythonText.split(s));
    }

    private static String removeSquadPunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> cp >= 0x80 || PythonText.PUNCTUATION.indexOf(cp) < 0)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * {@code \b(a|an|the)\b} matches exactly a maximal run of word chars that is "a", "an" or "the" (the
     * boundaries rule out a run going on either side), so each such run is replaced by a space.
     */
    private static String removeSquadArticles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && PythonText.isWordChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end == i) {
                int cp = text.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            String word = text.substring(i, end);
            out.append(word.equals("a") || word.equals("an") || word.equals("the") ? " " : word);
            i = end;
        }
        return out.toString();
    }

    /**
     * The text with accents and other diacritics taken off, for lenient matching where "Erdogan" should find
     * "Erdoğan" and "Inacio" "Inácio": NFD, every non-spacing mark (Mn) dropped, then NFC to rejoin what
     * NFD split that was no diacritic (Hangul syllables). Letters whose stroke or slash is part of the
     * letter and so has no decomposition are mapped by hand: ł Ł ø Ø đ Đ ħ Ħ ŧ Ŧ, and the Turkish dotless ı,
     * which an English keyboard types as i. ß, æ, œ, þ and ð stay: they are letters, not accented ones (and
     * case-insensitive {@link #normalize} makes ß ss anyway). Meant for comparing two texts that both went
     * through it: it also drops marks that are no accent, such as Japanese dakuten and Indic vowel signs.
     */
    public static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(
                        switch (cp) {
                            case 'ł' -> 'l';
                            case 'Ł' -> 'L';
                            case 'ø' -> 'o';
                            case 'Ø' -> 'O';
                            case 'đ' -> 'd';
                            case 'Đ' -> 'D';
                            case 'ħ' -> 'h';
                            case 'Ħ' -> 'H';
                            case 'ŧ' -> 't';
                            case 'Ŧ' -> 'T';
                            case 'ı' -> 'i';
                            default -> cp;
                        });
            }
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /**
     * The text trimmed, with every run of white space made one space. White space is what Python's
     * {@code str.isspace()} says it is, the widest common notion: no-break and ideographic spaces included.
     */
    public static String collapseWhitespace(String text) {
        return String.join(" ", PythonText.split(text));
    }
}
