package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.bench.SheetGenerator;
import dev.lectern.engine.AnswerKey;
import dev.lectern.engine.Grade;
import dev.lectern.engine.Presentation;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.Pos;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.testing.RandomText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Remembering the grades of answers seen before changes no grade: a sheet graded through the memo gets grades
 * equal to those of its answers graded one by one by the question's key, with few slots (answers share and take
 * over slots), with long answers (not kept) and on many threads at once.
 */
class GradeMemoTest {
    private static final String TRICKY = "aAbB ;=->→’“”0123456789½éÉ\u0301\u00a0\t.,-";

    private static QuestionSet set(String file) {
        return new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(Path.of("questions", file), "questions/" + file)
                .set()
                .orElseThrow();
    }

    /** The answers of 500 generated sheets, which repeat as a class's do, plus random and long texts. */
    private static List<String> pool() throws IOException {
        StringWriter w = new StringWriter();
        SheetGenerator.write(w, 500, 3);
        JsonlSheets sheets = new JsonlSheets(new BufferedReader(new StringReader(w.toString())), "class.jsonl");
        List<String> pool = new ArrayList<>();
        SheetRead read;
        while ((read = sheets.next()) != null) {
            if (!read.malformed()) {
                pool.addAll(read.sheet().answers().values());
            }
        }
        Random r = new Random(4);
        for (int i = 0; i < 300; i++) {
            pool.add(RandomText.from(r, TRICKY, 12));
        }
        pool.add("b".repeat(GradeMemo.MAX_LENGTH + 1));
        pool.add("a; b; c ".repeat(40));
        pool.add("");
        return pool;
    }

    private static List<Sheet> sheets(QuestionSet set, List<String> pool, long seed, int count) {
        Random r = new Random(seed);
        List<Sheet> sheets = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Question q : set.questions()) {
                if (r.nextInt(10) > 0) {
                    answers.put(q.id(), pool.get(r.nextInt(pool.size())));
                }
            }
            sheets.add(new Sheet("s" + s, answers, new Pos(s + 1, 1), Map.of()));
        }
        return sheets;
    }

    private static final Map<QuestionSet, List<AnswerKey>> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each answer of {@code sheet} graded by its question's own key, without the memo. */
    private static List<Grade> oneByOne(QuestionSet set, Sheet sheet) {
        List<AnswerKey> keys = KEYS.computeIfAbsent(
                set,
                s -> s.questions().stream()
                        .map(q -> AnswerKey.of(q, s.article()))
                        .toList());
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Question q = set.questions().get(i);
            grades.add(
                    keys.get(i).grade(Presentation.asWritten(q), sheet.answers().getOrDefault(q.id(), "")));
        }
        return grades;
    }

    @Test
    void gradesThroughTheMemo_equalEachAnswerGradedByItsKey() throws IOException {
        List<String> pool = pool();
        for (String file : List.of("01-istanbul-talks.yaml", "02-who-said-what.yaml")) {
            QuestionSet set = set(file);
            for (int slots :
                    new int[] {1, 4, GradeMemo.slotsPerQuestion(set.questions().size())}) {
                SheetGrader grader = new SheetGrader(set, OptionalDouble.of(0.5), slots);
                for (Sheet sheet : sheets(set, pool, slots, 1500)) {
                    assertThat(grader.grade(sheet).grades())
                            .as("%s, %d slots, %s", file, slots, sheet.answers())
                            .isEqualTo(oneByOne(set, sheet));
                }
            }
        }
    }

    @Test
    void manyThreadsSharingOneMemo_gradeAsOneThreadWithout() throws Exception {
        List<String> pool = pool();
        QuestionSet set = set("01-istanbul-talks.yaml");
        SheetGrader shared = new SheetGrader(set, OptionalDouble.of(0.5), 4);
        List<Sheet> sheets = sheets(set, pool, 9, 4000);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<GradedSheet>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(threads.submit(() -> sheets.stream().map(shared::grade).toList()));
            }
            for (Future<List<GradedSheet>> run : runs) {
                List<GradedSheet> graded = run.get();
                for (int i = 0; i < sheets.size(); i++) {
                    assertThat(graded.get(i).grades()).isEqualTo(oneByOne(set, sheets.get(i)));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void tableSizes_areBoundedForAnySetAndPowersOfTwo() {
        assertThat(GradeMemo.slotsPerQuestion(13)).isEqualTo(GradeMemo.MAX_SLOTS);
        assertThat(GradeMemo.slotsPerQuestion(10_570)).isEqualTo(GradeMemo.MIN_SLOTS);
        assertThat(GradeMemo.slotsPerQuestion(100)).isEqualTo(512);
        assertThat(GradeMemo.slotsPerQuestion(0)).isEqualTo(GradeMemo.MAX_SLOTS);
        assertThatThrownBy(() -> new GradeMemo(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
