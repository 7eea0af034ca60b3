package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.article.Passage;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Test helper: answers a question on the screen as a learner would, with key presses, reading what is shown
 * (letters, numbers and order as the session shuffled them) off the screen. It knows the answer key from the
 * question; it never asks the engine. Public, so the commands' tests can answer in the views they open.
 */
public final class Answering {
    private static final Pattern OPTION = Pattern.compile("^ {3}([a-z])\\) (?:\\[[ x]\\] )?(.*)$");
    private static final Pattern ORDER_ITEM = Pattern.compile("^ {3}(\\d+)\\. (.*)$");
    private static final Pattern RIGHT_ITEM = Pattern.compile("^(\\d+)\\) (.*)$");

    private Answering() {}

    /** The question of {@code set} on the screen: the only one whose prompt's first words are shown. */
    public static Question onScreen(ScreenTester t, QuestionSet set) {
        List<Question> shown = set.questions().stream()
                .filter(q -> t.flat().contains(firstWords(q.prompt())))
                .toList();
        if (shown.size() != 1) {
            throw new AssertionError(shown.size() + " questions of " + set.title() + " on\n" + t);
        }
        return shown.get(0);
    }

    private static String firstWords(String prompt) {
        String[] words = prompt.split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(5, words.length)));
    }

    /** Types the right answer to {@code q} and submits it. */
    public static void right(ScreenTester t, Question q) {
        q.accept(new Question.Visitor<Void>() {
            @Override
            public Void choice(ChoiceQuestion c) {
                t.type(letterOf(t, c.answerText()));
                return null;
            }

            @Override
            public Void multi(MultiQuestion m) {
                m.answers().stream()
                        .sorted()
                        .forEach(i -> t.type(letterOf(t, m.choices().get(i))));
                return null;
            }

            @Override
            public Void trueFalse(TrueFalseQuestion tf) {
                t.type(tf.answer() ? "t" : "f");
                return null;
            }

            @Override
            public Void shortAnswer(ShortQuestion s) {
                t.type(s.answers().get(0));
                return null;
            }

            @Override
            public Void number(NumberQuestion n) {
                t.type(n.answers().get(0).stripTrailingZeros().toPlainString());
                return null;
            }

            @Override
            public Void cloze(ClozeQuestion c) {
                fillBlanks(t, c.blanks().stream().map(b -> b.answers().get(0)).toList());
                return null;
            }

            @Override
            public Void order(OrderQuestion o) {
                arrange(t, o.items());
                return null;
            }

            @Override
            public Void match(MatchQuestion m) {
                pair(t, m, i -> i);
                return null;
            }

            @Override
            public Void evidence(EvidenceQuestion e) {
                pointAt(t, e.answer());
                return null;
            }
        });
        t.enter();
    }

    /** Types an answer to {@code q} that earns nothing, and submits it. */
    public static void wrong(ScreenTester t, Question q) {
        q.accept(new Question.Visitor<Void>() {
            @Override
            public Void choice(ChoiceQuestion c) {
                int other = c.answer() == 0 ? 1 : 0;
                t.type(letterOf(t, c.choices().get(other)));
                return null;
            }

            @Override
            public Void multi(MultiQuestion m) {
                IntStream.range(0, m.choices().size())
                        .filter(i -> !m.answers().contains(i))
                        .forEach(i -> t.type(letterOf(t, m.choices().get(i))));
                return null;
            }

            @Override
            public Void trueFalse(TrueFalseQuestion tf) {
                t.type(tf.answer() ? "f" : "t");
                return null;
            }

            @Override
            public Void shortAnswer(ShortQuestion s) {
                t.type("zzz");
                return null;
            }

            @Override
            public Void number(NumberQuestion n) {
                t.type("999");
                return null;
            }

            @Override
            public Void cloze(ClozeQuestion c) {
                fillBlanks(t, c.blanks().stream().map(b -> "zzz").toList());
                return null;
            }

            @Override
            public Void order(OrderQuestion o) {
                List<String> reversed = new ArrayList<>(o.items());
                Collections.reverse(reversed);
                arrange(t, reversed);
                return null;
            }

            @Override
            public Void match(MatchQuestion m) {
                pair(t, m, i -> (i + 1) % m.pairs().size());
                return null;
            }

            @Override
            public Void evidence(EvidenceQuestion e) {
                pointAt(t, new SentenceRef(1, 1));
                return null;
            }
        });
        t.enter();
    }

    /** What the feedback must show as the expected answer, piece by piece. */
    /** Whether the feedback on {@code q} lists the answer by part (✓/✗ per pick, pair, item or blank). */
    static boolean inParts(Question q) {
        return q instanceof MultiQuestion
                || q instanceof MatchQuestion
                || q instanceof OrderQuestion
                || q instanceof ClozeQuestion;
    }

    /** What the feedback by part shows of a right answer: every part ticked. */
    static List<String> rightParts(Question q) {
        if (q instanceof MultiQuestion m) {
            return m.answers().stream()
                    .sorted()
                    .map(i -> "✓ " + m.choices().get(i))
                    .toList();
        }
        if (q instanceof MatchQuestion m) {
            return m.pairs().stream()
                    .map(p -> "✓ " + p.left() + " → " + p.right())
                    .toList();
        }
        if (q instanceof OrderQuestion o) {
            return IntStream.range(0, o.items().size())
                    .mapToObj(i -> "✓ " + (i + 1) + ". " + o.items().get(i))
                    .toList();
        }
        ClozeQuestion c = (ClozeQuestion) q;
        return IntStream.range(0, c.blanks().size())
                .mapToObj(i ->
                        "✓ (" + (i + 1) + ") " + c.blanks().get(i).answers().get(0))
                .toList();
    }

    /** What the feedback by part shows of the answer {@link #wrong} gives: the right ones, each where it belongs. */
    static List<String> corrections(Question q) {
        if (q instanceof MultiQuestion m) {
            return m.answers().stream()
                    .sorted()
                    .map(i -> "· " + m.choices().get(i))
                    .toList();
        }
        if (q instanceof MatchQuestion m) {
            return m.pairs().stream().map(p -> "right: " + p.right()).toList();
        }
        if (q instanceof OrderQuestion o) {
            return IntStream.range(0, o.items().size())
                    .mapToObj(i -> (i + 1) + ". " + o.items().get(i))
                    .toList();
        }
        return ((ClozeQuestion) q)
                .blanks().stream().map(b -> "right: " + b.answers().get(0)).toList();
    }

    static List<String> expected(Question q) {
        return q.accept(new Question.Visitor<List<String>>() {
            @Override
            public List<String> choice(ChoiceQuestion c) {
                return List.of(c.answerText());
            }

            @Override
            public List<String> multi(MultiQuestion m) {
                return m.answers().stream().sorted().map(m.choices()::get).toList();
            }

            @Override
            public List<String> trueFalse(TrueFalseQuestion tf) {
                return List.of(String.valueOf(tf.answer()));
            }

            @Override
            public List<String> shortAnswer(ShortQuestion s) {
                return List.of(s.answers().get(0));
            }

            @Override
            public List<String> number(NumberQuestion n) {
                return List.of(n.answers().get(0).stripTrailingZeros().toPlainString()
                        + n.unit().map(u -> u.equals("%") ? u : " " + u).orElse(""));
            }

            @Override
            public List<String> cloze(ClozeQuestion c) {
                return c.blanks().stream().map(b -> b.answers().get(0)).toList();
            }

            @Override
            public List<String> order(OrderQuestion o) {
                return List.of(String.join(" → ", o.items()));
            }

            @Override
            public List<String> match(MatchQuestion m) {
                return m.pairs().stream().map(p -> p.left() + " = " + p.right()).toList();
            }

            @Override
            public List<String> evidence(EvidenceQuestion e) {
                return List.of(e.answer().toString());
            }
        });
    }

    /** The first paragraph the question's evidence is in: the feedback shows it as "¶ N". */
    static int firstEvidenceParagraph(Question q) {
        return q.evidence().stream().mapToInt(Passage::paragraph).min().orElseThrow();
    }

    /** The letter shown before {@code option}. */
    static String letterOf(ScreenTester t, String option) {
        for (String row : t.rows()) {
            Matcher m = OPTION.matcher(row);
            if (m.matches() && (m.group(2).equals(option) || option.startsWith(m.group(2) + " "))) {
                return m.group(1);
            }
        }
        throw new AssertionError("no option '" + option + "' on the screen:\n" + t);
    }

    static void fillBlanks(ScreenTester t, List<String> texts) {
        for (String text : texts) {
            t.type(text);
            t.press(KeyType.Tab);
        }
    }

    /** The order items as shown, top to bottom. */
    static List<String> shownOrder(ScreenTester t, List<String> items) {
        List<String> shown = new ArrayList<>();
        for (String row : t.rows()) {
            Matcher m = ORDER_ITEM.matcher(row);
            if (m.matches()) {
                String first = m.group(2);
                shown.add(items.stream()
                        .filter(i -> i.equals(first) || i.startsWith(first + " "))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("unknown item '" + first + "'")));
            }
        }
        return shown;
    }

    /** Moves the items into {@code target} order with j/k (select) and K (move up), then checks the screen. */
    static void arrange(ScreenTester t, List<String> target) {
        List<String> current = new ArrayList<>(shownOrder(t, target));
        assertThat(current).containsExactlyInAnyOrderElementsOf(target);
        int cursor = 0;
        for (int want = 0; want < target.size(); want++) {
            int at = current.indexOf(target.get(want));
            t.type((at > cursor ? "j" : "k").repeat(Math.abs(at - cursor)));
            t.type("K".repeat(at - want));
            current.add(want, current.remove(at));
            cursor = want;
        }
        assertThat(shownOrder(t, target)).containsExactlyElementsOf(target);
    }

    /** The number shown before each right-hand item, in the order of {@code rights}. */
    static List<String> rightNumbers(ScreenTester t, List<String> rights) {
        int half = t.size().getColumns() / 2;
        List<String> numbers = new ArrayList<>(Collections.nCopies(rights.size(), (String) null));
        for (String row : t.rows()) {
            if (row.length() <= half) {
                continue;
            }
            Matcher m = RIGHT_ITEM.matcher(row.substring(half));
            if (m.matches()) {
                String first = m.group(2);
                for (int i = 0; i < rights.size(); i++) {
                    if (rights.get(i).equals(first) || rights.get(i).startsWith(first + " ")) {
                        numbers.set(i, m.group(1));
                    }
                }
            }
        }
        assertThat(numbers).as("numbers of " + rights + " on\n" + t).doesNotContainNull();
        return numbers;
    }

    /** Pairs left item {@code i} (letter) with the right item of pair {@code partner(i)} (its number). */
    static void pair(ScreenTester t, MatchQuestion m, java.util.function.IntUnaryOperator partner) {
        List<String> numbers = rightNumbers(
                t, m.pairs().stream().map(MatchQuestion.Pair::right).toList());
        for (int i = 0; i < m.pairs().size(); i++) {
            t.type(String.valueOf((char) ('a' + i)));
            t.type(numbers.get(partner.applyAsInt(i)));
        }
    }

    /** Moves the sentence cursor from the first sentence to {@code ref}: PgDn to its paragraph, j to its sentence. */
    static void pointAt(ScreenTester t, SentenceRef ref) {
        t.press(KeyType.PageDown, ref.paragraph() - 1);
        t.type("j".repeat(ref.sentence() - 1));
        assertThat(t.text()).contains("sentence " + ref);
    }

    /** The whole feedback, scrolling with ↓ while the screen says there is more below. */
    static String feedbackText(ScreenTester t) {
        StringBuilder all = new StringBuilder(t.flat());
        for (int i = 0; i < 100 && t.rows().get(0).endsWith("more ▼"); i++) {
            t.press(KeyType.ArrowDown);
            all.append(' ').append(t.rows().get(t.size().getRows() - 2));
        }
        return all.toString().replaceAll("\\s+", " ");
    }
}
