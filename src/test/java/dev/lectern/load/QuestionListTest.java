package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.SquadSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set's questions read on several threads, in small chunks, load exactly as on one thread: the same questions
 * in the same order, the same problems at the same places in the same order, the cap at the same problem.
 */
class QuestionListTest {
    private static final QuestionList.Plan ONE_THREAD = new QuestionList.Plan(1, 64, 0);
    /** Three threads, chunks of two: every boundary between questions is a boundary between chunks somewhere. */
    private static final QuestionList.Plan THREE_THREADS = new QuestionList.Plan(3, 2, 0);

    private final ArticleLibrary articles = ArticleLibrary.forProject(Path.of("."));

    @Test
    void bundledSets_andBrokenCopies_loadOnThreadsAsOnOne() throws IOException {
        int compared = 0;
        for (Path set : SetFiles.yamlIn(Path.of("questions"))) {
            String text = Files.readString(set);
            for (Map.Entry<String, String> broken : brokenCopies(text).entrySet()) {
                String name = set.getFileName() + " (" + broken.getKey() + ")";
                LoadResult one = load(ONE_THREAD, broken.getValue(), name);
                assertThat(shown(load(THREE_THREADS, broken.getValue(), name)))
                        .as(name)
                        .isEqualTo(shown(one));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(16);
    }

    @Test
    void pastTheCap_theSameHundredProblemsAndTheCapAtTheSameProblem() throws IOException {
        String text = Files.readString(Path.of("questions/01-istanbul-talks.yaml"));
        String many =
                text + repeatedQuestions(text, 40).replace("type: ", "type: x").replace("prompt:", "promt:");
        LoadResult one = load(ONE_THREAD, many, "many.yaml");
        assertThat(one.problems()).hasSize(Problems.MAX + 1);
        assertThat(one.problems()).anyMatch(p -> p.message().startsWith("too many problems; stopped after 100"));
        assertThat(shown(load(THREE_THREADS, many, "many.yaml"))).isEqualTo(shown(one));
    }

    @Test
    void squadSet_withAnswersMovedOffTheirEvidence_loadsOnThreadsAsOnOne(@TempDir Path dir) throws IOException {
        SquadSet.Written written = SquadSet.write(SquadSet.devSetOrSkip("the threads on the SQuAD set"), dir);
        String text = Files.readString(written.yaml());
        // Evidence a paragraph off: most answers are then looked for in the whole article (the shared index).
        String shifted = shiftParagraphs(text.substring(0, nthQuestion(text, 1_500)));
        ArticleLibrary library = new ArticleLibrary(List.of());
        LoadResult one = new QuestionSetLoader(library, ONE_THREAD).load(shifted, dir, "squad.yaml");
        LoadResult many =
                new QuestionSetLoader(library, new QuestionList.Plan(4, 16, 0)).load(shifted, dir, "squad.yaml");
        assertThat(one.problems()).hasSize(Problems.MAX + 1);
        assertThat(shown(many)).isEqualTo(shown(one));
    }

    /**
     * The result as lines to compare: each problem, then each question (records, but a compiled {@code Pattern} in
     * a short question has no value equality), then whether the file was unreadable.
     */
    private static List<String> shown(LoadResult result) {
        List<String> lines = new ArrayList<>();
        result.problems().forEach(p -> lines.add(p.toString()));
        result.set().ifPresent(set -> set.questions().forEach(q -> lines.add(q.toString())));
        lines.add("unreadable: " + result.unreadable());
        return lines;
    }

    private LoadResult load(QuestionList.Plan plan, String text, String name) {
        return new QuestionSetLoader(articles, plan).load(text, Path.of("questions"), name);
    }

    /** Copies of a set with problems of many kinds, each in many questions, as bench/lib/broken-sets.py makes. */
    private static Map<String, String> brokenCopies(String text) {
        Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
        edits.put("as written", t -> t);
        edits.put("paragraph plus one", QuestionListTest::shiftParagraphs);
        edits.put("answers changed", t -> t.replaceAll("(\\banswers?: \\[?['\"]?)", "$1x"));
        edits.put("ids duplicated", t -> t.replaceAll("- id: \\S+", "- id: same"));
        edits.put("keys misspelt", t -> t.replace("prompt:", "promt:").replace("evidence:", "evidnce:"));
        edits.put("types misspelt", t -> t.replaceAll("type: (\\w+)", "type: $1e"));
        edits.put("quotes cut", t -> t.replaceAll("quote: (['\"]?)(\\S+) ", "quote: $1"));
        edits.put("more questions", t -> t + repeatedQuestions(t, 3));
        Map<String, String> copies = new LinkedHashMap<>();
        edits.forEach((name, edit) -> copies.put(name, edit.apply(text)));
        return copies;
    }

    private static String shiftParagraphs(String text) {
        Matcher m = Pattern.compile("paragraph: (\\d+)").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "paragraph: " + (Integer.parseInt(m.group(1)) + 1));
        }
        return m.appendTail(out).toString();
    }

    /** The set's questions again, {@code times} times, under the set's own (so every id is used again). */
    private static String repeatedQuestions(String text, int times) {
        String questions = text.substring(text.indexOf("\n", text.indexOf("questions:")) + 1);
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            copies.add(questions.endsWith("\n") ? questions : questions + "\n");
        }
        return text.endsWith("\n") ? String.join("", copies) : "\n" + String.join("", copies);
    }

    private static int nthQuestion(String text, int n) {
        int at = 0;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf("\n- id:", at + 1);
        }
        return at + 1;
    }
}
