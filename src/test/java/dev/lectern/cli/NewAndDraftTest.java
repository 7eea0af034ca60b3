package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.SquadSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern new} and {@code lectern draft}: what they write passes {@code check} with no errors. */
class NewAndDraftTest {
    private static final String SEED = "000_d9e472c27e1e5fdd.txt";
    /** A test article of our own: names, counts, a percentage, a year, a date and a hard-wrapped layout. */
    private static final String HARBOUR = """
            The Harbour of Valmora

            The town council of Valmora voted on 12 March 2024 to rebuild the old harbour. Mayor Elena Ruiz said
            the work would cost 4.5 million euros and take three years.

            Engineers from the Baltic Port Authority found that 62% of the quay walls were cracked. The last
            repairs were made in 1987, when Valmora still had 40 fishing boats.

            Local fishermen led by Tomas Berg asked the council to keep the old lighthouse. Ruiz agreed, and the
            lighthouse will become a museum run by the Valmora Historical Society.
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("questions"));
        Files.copy(Path.of("seeds", SEED), dir.resolve("seeds").resolve(SEED));
        Files.writeString(dir.resolve("seeds/harbour.txt"), HARBOUR);
    }

    private String checked(String file) {
        CliRun check = CliRun.in(dir, "check", file);
        assertThat(check.out()).as(check.out()).contains("0 errors");
        assertThat(check.code()).isZero();
        return check.out();
    }

    @Test
    void new_onTheSeed_writesOneWorkingExampleOfEachType() throws IOException {
        CliRun run = CliRun.in(dir, "new", SEED, "--out", "questions/starter.yaml");
        assertThat(run.out())
                .isEqualTo("wrote questions/starter.yaml: 9 questions on " + SEED
                        + "; next: lectern check --show questions/starter.yaml\n");
        assertThat(run.err()).isEmpty();
        String yaml = Files.readString(dir.resolve("questions/starter.yaml"));
        assertThat(yaml)
                .startsWith("""
                # yaml-language-server: $schema=../schema/question-set.schema.json
                # A starter set written by 'lectern new': one example of each of the nine question types, each built
                """)
                .contains("title: >-\n  Vladimir Putin will not travel to Istanbul for talks with Volodymyr…\n"
                        + "article: " + SEED + "\n");
        for (String type :
                List.of("choice", "multi", "true-false", "short", "number", "cloze", "order", "match", "evidence")) {
            assertThat(yaml).contains("    type: " + type + "\n");
        }
        assertThat(checked("questions/starter.yaml")).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
    }

    @Test
    void new_onAHardWrappedTestArticle_titleFromItsFirstLine() throws IOException {
        assertThat(CliRun.in(dir, "new", "harbour.txt", "--out", "questions/h.yaml")
                        .code())
                .isZero();
        assertThat(Files.readString(dir.resolve("questions/h.yaml"))).contains("title: The Harbour of Valmora\n");
        checked("questions/h.yaml");
    }

    @Test
    void new_refusesToOverwrite_withoutForce() throws IOException {
        Files.writeString(dir.resolve("questions/h.yaml"), "mine\n");
        CliRun run = CliRun.in(dir, "new", "harbour.txt", "--out", "questions/h.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern new: questions/h.yaml exists; give --force to replace it\n");
        assertThat(Files.readString(dir.resolve("questions/h.yaml"))).isEqualTo("mine\n");
    }

    @Test
    void draft_ofAMissingArticle_saysSo() {
        CliRun run = CliRun.in(dir, "draft", "nowhere.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern draft: article 'nowhere.txt' not found\n");
    }

    @Test
    void draft_onTheTestArticle_asksAboutItsNumbersNamesAndClaims() throws IOException {
        CliRun run = CliRun.in(dir, "draft", "harbour.txt", "--out", "questions/d.yaml");
        assertThat(run.code()).isZero();
        String yaml = Files.readString(dir.resolve("questions/d.yaml"));
        assertThat(yaml)
                .contains(
                        """
                  # from sentence 2.1: The town council of Valmora voted on 12 March 2024 to rebuild the old harbour.
                  - id: blank-12-march-2024
                    type: cloze
                    prompt: Fill in the date.
                """,
                        """
                  # from sentence 3.2: The last repairs were made in 1987, when Valmora still had 40 fishing boats.
                  - id: year-1987
                    type: number
                    prompt: The last repairs were made in what year?
                """,
                        "  # from sentence 4.1: Local fishermen led by Tomas Berg asked the council to keep the old"
                                + " lighthouse.\n",
                        "type: choice");
        assertThat(yaml).contains("type: evidence");
        assertThat(checked("questions/d.yaml")).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
    }

    @Test
    void draft_onTheSeed_respectsMax_andPassesCheck() throws IOException {
        assertThat(CliRun.in(dir, "draft", SEED, "--max", "7", "--out", "questions/d.yaml")
                        .out())
                .startsWith("wrote questions/d.yaml: 7 questions on " + SEED);
        checked("questions/d.yaml");
        assertThat(CliRun.in(dir, "draft", SEED, "--max", "0").err())
                .isEqualTo("lectern draft: --max must be at least 1; found 0\nSee 'lectern draft --help' for every"
                        + " option.\n");
    }

    @Test
    void draft_andNew_onFiveSquadArticles_passCheck() throws IOException {
        JsonNode data = new ObjectMapper()
                .readTree(SquadSet.devSetOrSkip("draft and new on real Wikipedia articles")
                        .toFile())
                .get("data");
        List<String> written = new ArrayList<>();
        for (int a : new int[] {1, 3, 12, 21, 37, 44}) {
            JsonNode doc = data.get(a);
            StringBuilder text = new StringBuilder(doc.get("title").asText().replace('_', ' ')).append('\n');
            doc.get("paragraphs")
                    .forEach(p -> text.append(p.get("context").asText().strip().replaceAll("\\s+", " "))
                            .append('\n'));
            String name = "squad-" + a + ".txt";
            Files.writeString(dir.resolve("seeds").resolve(name), text);
            for (String command : List.of("draft", "new")) {
                String out = "questions/" + command + "-" + a + ".yaml";
                CliRun run = CliRun.in(dir, command, name, "--out", out);
                assertThat(run.code()).as(run.err()).isZero();
                checked(out);
                written.add(out);
            }
        }
        assertThat(written).hasSize(12);
    }

    /** Questions found in a file, for eyeballing in a failing assertion. */
    static List<String> prompts(String yaml) {
        List<String> prompts = new ArrayList<>();
        Matcher m = Pattern.compile("prompt: (.*)").matcher(yaml);
        while (m.find()) {
            prompts.add(m.group(1));
        }
        return prompts;
    }
}
