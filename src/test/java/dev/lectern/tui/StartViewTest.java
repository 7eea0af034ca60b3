package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.SessionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The start screen: the sets found, starting one, and a list longer than the screen. */
class StartViewTest {
    @Test
    void listsTheBundledSets_andEnterStartsTheSelectedOne() {
        ScreenTester t = new ScreenTester(Fixtures.home());
        assertThat(t.rows().get(2)).isEqualTo("› " + Fixtures.istanbul().title());
        assertThat(t.rows().get(3)).startsWith("    13 questions · choice, multi, match, short");
        assertThat(t.rows().get(5)).isEqualTo("  " + Fixtures.whoSaid().title());

        t.press(KeyType.ArrowDown);
        t.enter();

        assertThat(t.rows().get(0)).startsWith("Question 1 of 13");
        assertThat(t.rows().get(1)).isEqualTo(Fixtures.whoSaid().title());
    }

    @Test
    void aSetThatCannotBeUsed_saysWhy_andCannotBeStarted() {
        List<SetEntry> entries = List.of(new SetEntry(
                "questions/broken.yaml", Optional.empty(), "2 errors; run: lectern check questions/broken.yaml"));
        StartView home = new StartView(entries, Fixtures.options(SessionOptions.Mode.PRACTICE), Fixtures.CLOCK);
        ScreenTester t = new ScreenTester(home);
        assertThat(t.rows().get(3)).isEqualTo("    cannot be used: 2 errors; run: lectern check questions/broken.yaml");
        t.enter();
        assertThat(t.view()).isSameAs(home);
    }

    @Test
    void moreSetsThanFit_theListScrollsWithTheCursor() {
        List<SetEntry> entries = new ArrayList<>();
        IntStream.rangeClosed(1, 12)
                .forEach(i -> entries.add(new SetEntry("set-" + i + ".yaml", Optional.empty(), "problem " + i)));
        ScreenTester t = new ScreenTester(
                new StartView(entries, Fixtures.options(SessionOptions.Mode.PRACTICE), Fixtures.CLOCK));
        assertThat(t.rows().get(0)).endsWith("more ▼");
        assertThat(t.text()).contains("set-7.yaml").doesNotContain("set-8.yaml");

        t.press(KeyType.ArrowDown, 11);

        assertThat(t.text()).contains("› set-12.yaml").doesNotContain("set-5.yaml");
        assertThat(t.rows().get(0)).endsWith("▲ more");
        assertThat(t.rows().get(23)).startsWith("↑↓ choose");
    }

    @Test
    void setsLoadAfterTheFirstFrame_whichShowsTheirNames() {
        List<SetEntry> pending = List.of(SetEntry.pending("questions/01-istanbul-talks.yaml"));
        StartView home = new StartView(
                pending,
                file -> new SetEntry(file, Optional.of(Fixtures.istanbul()), ""),
                Fixtures.options(SessionOptions.Mode.PRACTICE),
                Fixtures.CLOCK);
        ScreenTester t = new ScreenTester(home);
        assertThat(t.rows().get(2)).isEqualTo("› questions/01-istanbul-talks.yaml");
        assertThat(t.rows().get(3)).isEqualTo("    loading…");

        assertThat(home.prepare()).isTrue();
        t.draw();

        assertThat(t.rows().get(2)).isEqualTo("› " + Fixtures.istanbul().title());
        assertThat(home.prepare()).isTrue(); // the history, with nothing in it
        assertThat(home.prepare()).isFalse();
    }

    @Test
    void afterTheSets_theHistoryShowsBestLastAndDue() {
        List<String> asked = new ArrayList<>();
        ProgressSource history = (paths, mode) -> {
            asked.addAll(paths);
            return new ProgressSource.Progress(
                    Map.of("questions/01-istanbul-talks.yaml", new SetProgress(3, 84.6, 60, 2)), 5);
        };
        List<SetEntry> pending = List.of(
                SetEntry.pending("questions/01-istanbul-talks.yaml"),
                SetEntry.pending("questions/02-who-said-what.yaml"));
        StartView home = new StartView(
                        pending,
                        file -> new SetEntry(
                                file, Optional.of(file.contains("01") ? Fixtures.istanbul() : Fixtures.whoSaid()), ""),
                        Fixtures.options(SessionOptions.Mode.PRACTICE),
                        Fixtures.CLOCK)
                .showingProgressFrom(history);
        ScreenTester t = new ScreenTester(home);
        assertThat(home.prepare()).isTrue();
        assertThat(asked).isEmpty();
        assertThat(home.prepare()).isTrue();
        t.draw();

        assertThat(asked).containsExactly("questions/01-istanbul-talks.yaml", "questions/02-who-said-what.yaml");
        assertThat(t.rows().get(1)).isEqualTo("5 questions due for review: run lectern review");
        // The title gives way to the label at the right edge, and the cut shows.
        assertThat(t.rows().get(2))
                .isEqualTo("› Istanbul talks without Putin: who goes, who stay…  best 85% · last 60% · 2 due");
        assertThat(t.rows().get(5)).isEqualTo("  " + Fixtures.whoSaid().title());
        assertThat(home.prepare()).isFalse();
    }

    @Test
    void label_saysOnlyWhatIsKnown() {
        assertThat(SetProgress.NONE.label()).isEmpty();
        assertThat(new SetProgress(1, 100, 100, 0).label()).isEqualTo("best 100% · last 100%");
        assertThat(new SetProgress(0, 0, 0, 1).label()).isEqualTo("1 due");
    }

    @Test
    void twoSetsWithTheSameTitle_areToldApartByTheirFiles_othersAreNot() {
        List<SetEntry> entries = List.of(
                new SetEntry("questions/istanbul.yaml", Optional.of(Fixtures.istanbul()), ""),
                new SetEntry("drafts/istanbul-v2.yaml", Optional.of(Fixtures.istanbul()), ""),
                new SetEntry("questions/who.yaml", Optional.of(Fixtures.whoSaid()), ""));
        ScreenTester t = new ScreenTester(
                new StartView(entries, Fixtures.options(SessionOptions.Mode.PRACTICE), Fixtures.CLOCK));

        assertThat(t.rows().get(2)).isEqualTo("› " + Fixtures.istanbul().title());
        assertThat(t.rows().get(3)).startsWith("    questions/istanbul.yaml · 13 questions · choice, multi");
        assertThat(t.rows().get(5)).isEqualTo("  " + Fixtures.istanbul().title());
        assertThat(t.rows().get(6)).startsWith("    drafts/istanbul-v2.yaml · 13 questions · choice, multi");
        assertThat(t.rows().get(9))
                .startsWith("    " + Fixtures.whoSaid().questions().size() + " questions · ");
    }
}
