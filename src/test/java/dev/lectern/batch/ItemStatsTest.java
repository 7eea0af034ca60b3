package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.Pos;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Item analysis on a three-question set with hand-computed figures. */
class ItemStatsTest {
    private static final String SET = """
            title: Stats
            article: 000_d9e472c27e1e5fdd.txt
            questions:
              - id: lead
                type: choice
                prompt: Who leads?
                choices: [Sergey Lavrov, Vladimir Medinsky, Yuri Ushakov]
                answer: Vladimir Medinsky
                evidence: { quote: "led by Vladimir Medinsky" }
              - id: city
                type: short
                prompt: Where is Zelenskiy going?
                answer: Ankara
                evidence: { quote: "Zelenskiy was en route to Ankara" }
              - id: trick
                type: true-false
                prompt: Is Lavrov going?
                answer: false
                evidence: { quote: "Yuri Ushakov and Sergey Lavrov" }
            """;

    private static QuestionSet set() {
        return new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(SET, Path.of("questions"), "s.yaml")
                .set()
                .orElseThrow();
    }

    private static Sheet sheet(String name, String lead, String city, String trick) {
        return new Sheet(name, Map.of("lead", lead, "city", city, "trick", trick), new Pos(1, 1), Map.of());
    }

    @Test
    void facilityDiscriminationPicksAndFlags() {
        QuestionSet set = set();
        SheetGrader grader = new SheetGrader(set, OptionalDouble.empty());
        ItemStats stats = new ItemStats(set.questions());
        // Strong students get lead and city right but 'trick' wrong; weak ones the other way round.
        for (Sheet s : List.of(
                sheet("a", "b", "Ankara", "true"),
                sheet("b", "b", "Ankara", "true"),
                sheet("c", "a", "Paris", "false"),
                sheet("d", "Yuri Ushakov", "", "false"))) {
            stats.add(grader.grade(s));
        }
        List<ItemStats.Item> items = stats.items();
        ItemStats.Item lead = items.get(0);
        assertThat(lead.facility()).isEqualTo(0.5);
        // lead x = 1,1,0,0; rest = city + trick = 1,1,1,1 for everyone: no variance, no correlation.
        assertThat(lead.discrimination()).isEmpty();
        assertThat(lead.options())
                .containsExactly(
                        new ItemStats.Option("a", "Sergey Lavrov", 1),
                        new ItemStats.Option("b", "Vladimir Medinsky", 2),
                        new ItemStats.Option("c", "Yuri Ushakov", 1));
        ItemStats.Item city = items.get(1);
        assertThat(city.unanswered()).isEqualTo(1);
        assertThat(city.options()).isEmpty();
        ItemStats.Item trick = items.get(2);
        // trick x = 0,0,1,1; rest = lead + city = 2,2,0,0: r = -1.
        assertThat(trick.facility()).isEqualTo(0.5);
        assertThat(trick.discrimination().getAsDouble()).isCloseTo(-1, within(1e-9));
        assertThat(trick.flags())
                .containsExactly(
                        "negative discrimination: students who do well elsewhere do worse here; check the key");
    }

    @Test
    void almostNobodyAndAlmostEverybody_areFlagged() {
        QuestionSet set = set();
        SheetGrader grader = new SheetGrader(set, OptionalDouble.empty());
        ItemStats stats = new ItemStats(set.questions());
        for (int i = 0; i < 20; i++) {
            stats.add(grader.grade(sheet("s" + i, "b", "Paris", i == 0 ? "false" : "true")));
        }
        List<ItemStats.Item> items = stats.items();
        assertThat(items.get(0).flags()).containsExactly("almost everybody right");
        assertThat(items.get(1).flags()).containsExactly("almost nobody right");
        assertThat(items.get(2).flags()).containsExactly("almost nobody right");
    }
}
