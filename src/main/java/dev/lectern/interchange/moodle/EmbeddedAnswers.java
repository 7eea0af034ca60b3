package dev.lectern.interchange.moodle;

import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's embedded-answers (cloze) syntax, {@code {1:SHORTANSWER:=Paris#Right~%50%Lyon#Half}}, as
 * {@code qtype_multianswer} reads it: a weight, a sub-question type, and alternatives separated by {@code ~},
 * each with an optional {@code =} or {@code %n%} fraction and an optional {@code #feedback}. {@code \}},
 * {@code \#} and {@code \~} escape the special characters.
 */
final class EmbeddedAnswers {
    /** Moodle's sub-question types, short and long names, as in {@code ANSWER_TYPE_DEF_REGEX}. */
    enum Kind {
        SHORT,
        SHORT_CASE,
        NUMERICAL,
        CHOICE,
        MULTI_RESPONSE;

        static Optional<Kind> named(String name) {
            return switch (name.toUpperCase(Locale.ROOT)) {
                case "SHORTANSWER", "SA", "MW" -> Optional.of(SHORT);
                case "SHORTANSWER_C", "SAC", "MWC" -> Optional.of(SHORT_CASE);
                case "NUMERICAL", "NM" -> Optional.of(NUMERICAL);
                case "MULTICHOICE",
                        "MC",
                        "MULTICHOICE_V",
                        "MCV",
                        "MULTICHOICE_H",
                        "MCH",
                        "MULTICHOICE_S",
                        "MCS",
                        "MULTICHOICE_VS",
                        "MCVS",
                        "MULTICHOICE_HS",
                        "MCHS" -> Optional.of(CHOICE);
                case "MULTIRESPONSE",
                        "MR",
                        "MULTIRESPONSE_H",
                        "MRH",
                        "MULTIRESPONSE_S",
                        "MRS",
                        "MULTIRESPONSE_HS",
                        "MRHS" -> Optional.of(MULTI_RESPONSE);
                default -> Optional.empty();
            };
        }
    }

    /** One alternative: its fraction (0 to 1, or negative), its text (escapes undone) and its feedback. */
    record Alternative(double fraction, String text, String feedback) {}

    /** One embedded sub-question and where it sits in the text ({@code start}, {@code end} char offsets). */
    record Blank(int start, int end, int weight, Kind kind, String typeName, List<Alternative> alternatives) {}

    private static final Pattern START = Pattern.compile("\\{([0-9]*):([A-Za-z_]+):");

    private EmbeddedAnswers() {}

    /** Every well-formed sub-question in {@code text}, in order; a malformed one is described in {@code bad}. */
    static List<Blank> find(String text, List<String> bad) {
        List<Blank> blanks = new ArrayList<>();
        Matcher m = START.matcher(text);
        int from = 0;
        while (m.find(from)) {
            Optional<Kind> kind = Kind.named(m.group(2));
            int close = closing(text, m.end());
            if (kind.isEmpty()) {
                bad.add(Quoted.of(m.group(2))
                        + " is not an embedded-answer type (SHORTANSWER, NUMERICAL, MULTICHOICE…)");
                from = m.end();
                continue;
            }
            if (close < 0) {
                bad.add("the sub-question '" + m.group() + "…' is not closed with '}'");
                break;
            }
            List<Alternative> alts = alternatives(text.substring(m.end(), close));
            if (alts.isEmpty()) {
                bad.add("the sub-question " + Quoted.of(text.substring(m.start(), close + 1)) + " has no answers");
            } else {
                int weight = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
                blanks.add(new Blank(m.start(), close + 1, weight, kind.get(), m.group(2), alts));
            }
            from = close + 1;
        }
        return blanks;
    }

    private static int closing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private static List<Alternative> alternatives(String body) {
        List<Alternative> alts = new ArrayList<>();
        for (String raw : splitUnescaped(body, '~')) {
            if (raw.isEmpty()) {
                continue;
            }
            List<String> parts = splitUnescaped(raw, '#');
            String answer = parts.get(0);
            String feedback = parts.size() > 1 ? String.join("#", parts.subList(1, parts.size())) : "";
            double fraction = 0;
            if (answer.startsWith("=")) {
                fraction = 1;
                answer = answer.substring(1);
            } else {
                Matcher pct = Pattern.compile("%(-?[0-9]+(?:[.,][0-9]*)?)%").matcher(answer);
                if (pct.lookingAt()) {
                    fraction = Double.parseDouble(pct.group(1).replace(',', '.')) / 100;
                    answer = answer.substring(pct.end());
                }
            }
            alts.add(new Alternative(fraction, unescape(answer), unescape(feedback)));
        }
        return alts;
    }

    private static List<String> splitUnescaped(String s, char sep) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
            } else if (c == sep) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    static String unescape(String s) {
        return s.replace("\\}", "}")
                .replace("\\#", "#")
                .replace("\\~", "~")
                .replace("\\/", "/")
                .replace("\\\"", "\"")
                .replace("\\\\", "\\");
    }

    /** An answer or feedback text with Moodle's special characters escaped. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("}", "\\}").replace("#", "\\#").replace("~", "\\~");
    }

    /** {@code {w:SHORTANSWER:=a~=b}} for a blank accepting each of {@code answers}. */
    static String shortAnswer(int weight, boolean caseSensitive, List<String> answers) {
        StringBuilder sb = new StringBuilder("{")
                .append(weight)
                .append(':')
                .append(caseSensitive ? "SHORTANSWER_C" : "SHORTANSWER")
                .append(':');
        for (int i = 0; i < answers.size(); i++) {
            sb.append(i == 0 ? "" : "~")
                    .append('=')
                    .append(escape(answers.get(i)).replace("*", "\\*"));
        }
        return sb.append('}').toString();
    }
}
