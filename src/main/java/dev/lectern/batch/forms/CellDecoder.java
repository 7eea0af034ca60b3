package dev.lectern.batch.forms;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a cell as a form tool wrote it into the answer as a learner types it in Lectern ({@code docs/batch.md}):
 * <ul>
 * <li>{@code -} alone (Moodle's "no answer") is unanswered;</li>
 * <li>multi and order: Microsoft's {@code A;B;} loses its trailing {@code ;}; Google's {@code A, B} and
 * Canvas's {@code A,B} (a comma in a choice escaped as {@code \,}) are resolved against the choice texts, so a
 * choice that itself holds a comma still counts as one;</li>
 * <li>cloze: Moodle's {@code part 1: x; part 2: y} becomes {@code x; y} (a part it left out, unanswered, a
 * {@code -}); commas separate the blanks when that gives exactly their number;</li>
 * <li>match: Canvas's {@code left=>right,left=>right} becomes {@code left = right; …} (Moodle's
 * {@code a -> b; c -> d} the engine reads as it is);</li>
 * <li>evidence: a decimal comma ({@code 28,1}, a European spreadsheet's) is the sentence {@code 28.1}.</li>
 * </ul>
 * Everything else is left as written: the engine reads letters, texts, numbers with decimal commas, true/false.
 */
public final class CellDecoder implements Question.Visitor<String> {
    private static final Pattern MOODLE_PART = Pattern.compile("(?i)part (\\d{1,3}): ");
    private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");
    private static final Pattern SENTENCE_COMMA = Pattern.compile("(\\d+),(\\d+)");
    private static final Pattern RANK = Pattern.compile("\\D*(\\d{1,3}).*");
    private static final List<String> ORDINALS = List.of(
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth");

    private final String cell;

    private CellDecoder(String cell) {
        this.cell = cell;
    }

    /** The answer in one cell. */
    public static String cell(Question q, String raw) {
        String t = raw.strip();
        if (t.equals("-")) {
            return "";
        }
        return q.accept(new CellDecoder(t));
    }

    /**
     * The answer of a grid, one cell a row (by row index): an order question's ranks ({@code 1}–{@code 5},
     * {@code 1st}, {@code First}) become its items in rank order; a match question's chosen right sides become
     * {@code left = right} pairs. Rows left empty are left out.
     */
    public static String grid(Question q, Map<Integer, String> rows) {
        List<String> names = GridRows.of(q);
        List<String> parts = new ArrayList<>();
        if (q instanceof OrderQuestion) {
            List<int[]> ranked = new ArrayList<>();
            rows.forEach((row, value) -> {
                int rank = rank(value.strip());
                if (rank > 0) {
                    ranked.add(new int[] {rank, row});
                }
            });
            ranked.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            ranked.forEach(r -> parts.add(names.get(r[1])));
        } else {
            rows.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                String right = e.getValue().strip();
                if (!right.isEmpty() && !right.equals("-")) {
                    parts.add(names.get(e.getKey()) + " = " + right);
                }
            });
        }
        return String.join("; ", parts);
    }

    private static int rank(String value) {
        int word = ORDINALS.indexOf(Fold.text(value));
        if (word >= 0) {
            return word + 1;
        }
        var m = RANK.matcher(value);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Override
    public String choice(ChoiceQuestion q) {
        return cell;
    }

    @Override
    public String multi(MultiQuestion q) {
        return picks(q.choices());
    }

    @Override
    public String trueFalse(TrueFalseQuestion q) {
        return cell;
    }

    @Override
    public String shortAnswer(ShortQuestion q) {
        return cell;
    }

    @Override
    public String number(NumberQuestion q) {
        return cell;
    }

    @Override
    public String cloze(ClozeQuestion q) {
        int blanks = q.blanks().size();
        var part = MOODLE_PART.matcher(cell);
        if (part.lookingAt()) {
            return moodleParts(blanks);
        }
        if (cell.contains(";") || blanks == 1) {
            return cell;
        }
        List<String> split = commaSplit(cell);
        return split.size() == blanks ? String.join("; ", split) : cell;
    }

    @Override
    public String order(OrderQuestion q) {
        return picks(q.items());
    }

    @Override
    public String match(MatchQuestion q) {
        if (!cell.contains("=>")) {
            return cell;
        }
        return String.join(
                "; ",
                commaSplit(cell).stream()
                        .map(p -> p.replace("\\=>", "\u0000")
                                .replace("=>", " = ")
                                .replace("\u0000", "=>")
                                .strip())
                        .toList());
    }

    @Override
    public String evidence(EvidenceQuestion q) {
        var m = SENTENCE_COMMA.matcher(cell);
        return m.matches() ? m.group(1) + "." + m.group(2) : cell;
    }

    /** {@code part 1: x; part 3: z} for three blanks: {@code x; -; z}. */
    private String moodleParts(int blanks) {
        String[] parts = new String[blanks];
        Arrays.fill(parts, "-");
        var m = MOODLE_PART.matcher(cell);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {Integer.parseInt(m.group(1)), m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : cell.length();
            String text = cell.substring(s[2], end).strip();
            if (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (s[0] >= 1 && s[0] <= blanks && !text.isEmpty()) {
                parts[s[0] - 1] = text;
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Picks among {@code options} joined by {@code ;} (a trailing one dropped) or by commas, read against the
     * option texts so that an option holding a comma is not split; left as written when they cannot be read so.
     */
    private String picks(List<String> options) {
        if (cell.contains(";")) {
            return String.join(
                    "; ",
                    Arrays.stream(cell.split(";"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList());
        }
        if (!cell.contains(",")) {
            return cell;
        }
        String unescaped = cell.replace("\\,", ",");
        List<String> found = OptionSplit.split(unescaped, options);
        return found.isEmpty() ? cell : String.join("; ", found);
    }

    /** Split on commas not escaped with a backslash (Canvas), each part unescaped and stripped. */
    private static List<String> commaSplit(String text) {
        return Arrays.stream(UNESCAPED_COMMA.split(text, -1))
                .map(s -> s.replace("\\,", ",").strip())
                .toList();
    }
}
