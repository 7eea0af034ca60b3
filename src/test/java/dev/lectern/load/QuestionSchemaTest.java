package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Keeps {@code schema/question-set.schema.json} (the editor schema) in step with the question-set
 * format: the bundled sets and the valid fixtures must conform to it, and typical mistakes must be
 * rejected by it.
 */
class QuestionSchemaTest {
    private static final Path SCHEMA = Path.of("schema", "question-set.schema.json");
    private static final Path BUNDLED = Path.of("questions");
    private static final Path VALID_FIXTURES = Path.of("src", "test", "resources", "sets", "valid");
    private static final String SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema/question-set.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchemaFactory factory;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        schema = factory.getSchema(MAPPER.readTree(SCHEMA.toFile()));
    }

    static Stream<Path> bundledSets() throws IOException {
        return yamlFiles(BUNDLED).stream();
    }

    static Stream<Path> validFixtureSets() throws IOException {
        return yamlFiles(VALID_FIXTURES).stream();
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Parses YAML the way the loader does (SnakeYAML Engine) and converts it to a JSON tree. */
    private static JsonNode yamlToJson(String yaml) {
        Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return MAPPER.valueToTree(document);
    }

    private static Set<ValidationMessage> validate(String yaml) {
        return schema.validate(yamlToJson(yaml));
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        return validate(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String messages(Set<ValidationMessage> errors) {
        return errors.stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Test
    void schema_isValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = metaSchema.validate(MAPPER.readTree(SCHEMA.toFile()));
        assertThat(errors)
                .as("schema against the 2020-12 meta-schema:%s", messages(errors))
                .isEmpty();
    }

    @Test
    void bundledAndFixtureSetsExist() throws IOException {
        assertThat(yamlFiles(BUNDLED)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(yamlFiles(VALID_FIXTURES)).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledSets")
    void bundledSets_conformToSchema(Path file) throws IOException {
        Set<ValidationMessage> errors = validate(file);
        assertThat(errors).as("%s:%s", file, messages(errors)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledSets")
    void bundledSets_pointEditorsAtTheSchema(Path file) throws IOException {
        String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertThat(firstLine).isEqualTo(SCHEMA_COMMENT);
    }

    /** The YAML examples of the docs that are whole sets or question items, as whole sets. */
    static Stream<String> docExamples() throws IOException {
        List<String> sets = new java.util.ArrayList<>();
        for (Path doc : List.of(Path.of("docs", "question-format.md"), Path.of("docs", "grading.md"))) {
            StringBuilder block = null;
            int indent = 0;
            for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
                if (block == null && line.strip().equals("```yaml")) {
                    block = new StringBuilder();
                    indent = line.indexOf('`');
                } else if (block != null && line.strip().equals("```")) {
                    String text = block.toString().replaceFirst("^(#[^\\n]*\\n)+", "");
                    if (text.startsWith("title:")) {
                        sets.add(text);
                    } else if (text.startsWith("  - id:")) {
                        sets.add(HEADER + text);
                    }
                    block = null;
                } else if (block != null) {
                    block.append(line.length() >= indent ? line.substring(indent) : line.strip())
                            .append('\n');
                }
            }
        }
        assertThat(sets).hasSizeGreaterThan(20);
        return sets.stream();
    }

    @ParameterizedTest
    @MethodSource("docExamples")
    void docExamples_conformToSchema(String yaml) {
        Set<ValidationMessage> errors = validate(yaml);
        assertThat(errors).as("%s%s", yaml, messages(errors)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtureSets")
    void validFixtureSets_conformToSchema(Path file) throws IOException {
        Set<ValidationMessage> errors = validate(file);
        assertThat(errors).as("%s:%s", file, messages(errors)).isEmpty();
    }

    @Test
    void validFixtureSets_coverEveryQuestionType() throws IOException {
        Set<String> types = new TreeSet<>();
        for (Path file : yamlFiles(VALID_FIXTURES)) {
            yamlToJson(Files.readString(file, StandardCharsets.UTF_8))
                    .get("questions")
                    .forEach(q -> types.add(q.get("type").asText()));
        }
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "choice", "multi", "true-false", "short", "number", "cloze", "order", "match", "evidence");
    }

    // --- deliberately wrong documents -------------------------------------------------------
    // Each rejection test changes one thing in a document like the one below, which is accepted,
    // so that a rejection can only come from the deliberate mistake.

    private static final String HEADER = """
            title: Broken
            article: 000_d9e472c27e1e5fdd.txt
            questions:
            """;

    @Test
    void wellFormedInlineDocuments_areAccepted() {
        Set<ValidationMessage> errors = validate(HEADER + """
                  - id: lead
                    type: choice
                    prompt: Who leads the delegation?
                    choices: [Medinsky, Lavrov]
                    answer: Medinsky
                    points: 2
                  - id: gap
                    type: cloze
                    text: "Putin will not travel to [[Istanbul|Turkey]]."
                  - id: attack
                    type: true-false
                    prompt: The Palm Sunday attack killed 35 people.
                    answer: true
                    evidence: [{ sentence: "4.2" }, { sentence: 4.2 }, { paragraph: 4 }, { paragraph: [3, 4] },
                               { quote: "killed 35 people" }, { paragraph: 4, quote: "Palm Sunday" }]
                """);
        assertThat(errors).as(messages(errors)).isEmpty();
    }

    @Test
    void misspelledKey_isRejected() {
        Set<ValidationMessage> errors = validate(HEADER + """
                  - id: lead
                    type: choice
                    prompt: Who leads the delegation?
                    choises: [Medinsky, Lavrov]
                    answer: Medinsky
                """);
        assertThat(errors).isNotEmpty();
        assertThat(messages(errors)).contains("choises");
    }

    @Test
    void choiceWithoutAnswer_isRejected() {
        Set<ValidationMessage> errors = validate(HEADER + """
                  - id: lead
                    type: choice
                    prompt: Who leads the delegation?
                    choices: [Medinsky, Lavrov]
                """);
        assertThat(errors).isNotEmpty();
        assertThat(messages(errors)).contains("answer");
    }

    @Test
    void moreThan26OrderItems_areRejected_as26Pass() {
        String items27 = java.util.stream.IntStream.rangeClosed(1, 27)
                .mapToObj(i -> "step " + i)
                .collect(java.util.stream.Collectors.joining(", "));
        String order = HEADER + """
                  - id: steps
                    type: order
                    prompt: Put them in order
                    items: [%s]
                """;
        assertThat(messages(validate(order.formatted(items27)))).contains("items");
        assertThat(validate(order.formatted(items27.replace(", step 27", "")))).isEmpty();
    }

    @Test
    void unknownType_isRejected() {
        Set<ValidationMessage> errors = validate(HEADER + """
                  - id: reflect
                    type: essay
                    prompt: Discuss the talks.
                """);
        assertThat(errors).isNotEmpty();
        assertThat(messages(errors)).contains("type");
    }

    @Test
    void negativePoints_areRejected() {
        Set<ValidationMessage> errors = validate(HEADER + """
                  - id: lavrov
                    type: true-false
                    prompt: Lavrov is going to Istanbul.
                    answer: false
                    points: -1
                """);
        assertThat(errors).isNotEmpty();
        assertThat(messages(errors)).contains("points");
    }

    @Test
    void unknownSetLevelKey_isRejected() {
        assertThat(validate("""
                title: Broken
                article: 000_d9e472c27e1e5fdd.txt
                passmark: 60%
                questions:
                  - { id: a, type: true-false, prompt: Putin goes., answer: false }
                """)).isNotEmpty();
    }

    @Test
    void articleOutsideTheProject_isRejected() {
        for (String article : List.of("../seeds/000_d9e472c27e1e5fdd.txt", "/etc/passwd", "seeds/../../x.txt")) {
            assertThat(validate("""
                    title: Broken
                    article: %s
                    questions:
                      - { id: a, type: true-false, prompt: Putin goes., answer: false }
                    """.formatted(article))).as(article).isNotEmpty();
        }
    }

    @Test
    void shortWithBothAnswerAndAnswers_isRejected() {
        assertThat(validate(HEADER + """
                  - id: city
                    type: short
                    prompt: Where is Zelenskiy going?
                    answer: Ankara
                    answers: [Ankara, Ankara, Turkey]
                """)).isNotEmpty();
    }

    @Test
    void keyOfAnotherType_isRejected() {
        assertThat(validate(HEADER + """
                  - id: toll
                    type: number
                    prompt: How many people were killed?
                    answer: 3
                    choices: [3, 35]
                """)).isNotEmpty();
    }

    @Test
    void clozeWithoutBlankOrWithEmptyAlternative_isRejected() {
        for (String text : List.of(
                "Putin will not travel to Istanbul.",
                "Putin will not travel to [[Istanbul||Turkey]].",
                "Putin will not travel to [[]].")) {
            assertThat(validate(HEADER + """
                      - id: gap
                        type: cloze
                        text: "%s"
                    """.formatted(text))).as(text).isNotEmpty();
        }
    }

    @Test
    void malformedEvidenceReferences_areRejected() {
        for (String evidence : List.of(
                "{ sentence: \"4\" }",
                "{ sentence: 4 }",
                "{ paragraph: 0 }",
                "{ sentence: \"3.2\", paragraph: 3 }",
                "{ quote: \"\" }",
                "{ page: 3 }",
                "{}")) {
            assertThat(validate(HEADER + """
                      - id: attack
                        type: true-false
                        prompt: The Palm Sunday attack killed 35 people.
                        answer: true
                        evidence: %s
                    """.formatted(evidence))).as(evidence).isNotEmpty();
        }
    }

    @Test
    void badIdOrPassMark_isRejected() {
        assertThat(validate(HEADER + """
                  - { id: Delegation_Lead, type: true-false, prompt: Putin goes., answer: false }
                """)).as("id").isNotEmpty();
        assertThat(validate("""
                title: Broken
                article: 000_d9e472c27e1e5fdd.txt
                pass: 160%
                questions:
                  - { id: a, type: true-false, prompt: Putin goes., answer: false }
                """)).as("pass").isNotEmpty();
    }

    // --- grading keys (docs/grading.md) -------------------------------------------------------

    @Test
    void schemaKeys_areTheLoadersKeys() throws IOException {
        JsonNode tree = MAPPER.readTree(SCHEMA.toFile());
        assertThat(fieldNames(tree.get("properties")))
                .as("set level")
                .containsExactlyInAnyOrderElementsOf(QuestionSetLoader.SET_KEYS);
        for (var type : TypeReaders.BY_NAME.entrySet()) {
            List<String> keys = new java.util.ArrayList<>(QuestionReader.COMMON_KEYS);
            keys.addAll(type.getValue().keys());
            assertThat(fieldNames(
                            tree.get("$defs").get(type.getKey() + "Question").get("properties")))
                    .as("type %s", type.getKey())
                    .containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final String EVERY_GRADING_KEY = """
            title: Every grading key
            article: 000_d9e472c27e1e5fdd.txt
            match: lenient
            case: insensitive
            typo-credit: 50%
            penalty: 0.25
            negative-total: allowed
            pass: 60%
            questions:
              - id: lead
                type: choice
                prompt: Who leads the delegation?
                choices: [Medinsky, Lavrov]
                answer: Medinsky
                penalty: 0
              - id: members
                type: multi
                prompt: Who joins Medinsky?
                choices: [Fomin, Galuzin, Lavrov]
                answers: [Fomin, Galuzin]
                scoring: per-option
                penalty: 50%
              - id: lavrov
                type: true-false
                prompt: Lavrov is going to Istanbul.
                answer: false
                penalty: 1
              - id: fomin-post
                type: short
                prompt: What post does Fomin hold?
                answer: deputy defence minister
                match: normalized
                case: sensitive
                typo-credit: 0.5
                credit: f1
                wrong: { deputy foreign minister: "That is Galuzin's post." }
              - id: earlier-contact
                type: number
                prompt: Give the year of one earlier direct contact.
                answers: [2019, 2022]
                tolerance: 0
                wrong: { 2014: "Not in the article.", "2,5": "Not a year." }
              - id: names
                type: cloze
                text: "Medinsky is joined by [[Fomin]] and [[Galuzin]]."
                match: exact
                case: sensitive
                typo-credit: 1
              - id: events
                type: order
                prompt: Put in order.
                items: [Putin's address, Zelenskiy's challenge, Trump's call]
                scoring: all-or-nothing
              - id: condition
                type: evidence
                prompt: Find the sentence.
                answer: "3.2"
                near: 25%
            """;

    @Test
    void documentUsingEveryGradingKey_isAccepted() {
        Set<ValidationMessage> errors = validate(EVERY_GRADING_KEY);
        assertThat(errors).as(messages(errors)).isEmpty();
        for (String policy : List.of("exact", "normalized", "lenient", "squad")) {
            assertThat(validate(EVERY_GRADING_KEY.replace("match: lenient", "match: " + policy)))
                    .as(policy)
                    .isEmpty();
        }
        for (String scoring : List.of("all-or-nothing", "right-minus-wrong", "per-option")) {
            assertThat(validate(EVERY_GRADING_KEY.replace("scoring: per-option", "scoring: " + scoring)))
                    .as(scoring)
                    .isEmpty();
        }
        for (String share : List.of("0", "1", "0.5", "\"0.75\"", "0%", "100%", "12.5%", "1.0")) {
            assertThat(validate(EVERY_GRADING_KEY.replace("penalty: 0.25", "penalty: " + share)))
                    .as(share)
                    .isEmpty();
        }
    }

    @Test
    void documentUsingEveryGradingKey_loads() {
        LoadResult r = Snippets.load(EVERY_GRADING_KEY);
        assertThat(r.problems()).noneMatch(Problem::isError);
        assertThat(r.set()).isPresent();
    }

    @Test
    void misspeltPolicyValues_areRejected() {
        for (String[] change : List.of(
                new String[] {"match: lenient", "match: lenent"},
                new String[] {"match: normalized", "match: normalised"},
                new String[] {"match: exact", "match: Exact"},
                new String[] {"case: insensitive", "case: Insensitive"},
                new String[] {"case: sensitive", "case: true"},
                new String[] {"negative-total: allowed", "negative-total: yes"},
                new String[] {"scoring: per-option", "scoring: per-options"},
                new String[] {"scoring: per-option", "scoring: pairs"}, // an order policy on a multi question
                new String[] {"scoring: all-or-nothing", "scoring: per-option"}, // and a multi policy on an order one
                new String[] {"credit: f1", "credit: F1"})) {
            assertThat(EVERY_GRADING_KEY).contains(change[0]);
            Set<ValidationMessage> errors = validate(EVERY_GRADING_KEY.replace(change[0], change[1]));
            assertThat(errors).as(change[1]).isNotEmpty();
            assertThat(messages(errors)).as(change[1]).contains(change[0].substring(0, change[0].indexOf(':')));
        }
    }

    @Test
    void sharesOutOfRange_areRejected() {
        for (String share : List.of("1.5", "-0.5", "150%", "-5%", "half", "50", "\"1.5\"")) {
            for (String key : List.of("typo-credit: 50%", "penalty: 0.25", "near: 25%")) {
                String bad = key.substring(0, key.indexOf(':') + 2) + share;
                assertThat(validate(EVERY_GRADING_KEY.replace(key, bad)))
                        .as(bad)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void unknownOrMisplacedGradingKeys_areRejected() {
        for (String[] change : List.of(
                new String[] {"typo-credit: 50%", "typo_credit: 50%"},
                new String[] {"negative-total: allowed", "negative-totals: allowed"},
                new String[] {"penalty: 0\n", "penalty: 0\n    scoring: all-or-nothing\n"},
                new String[] {"penalty: 0\n", "penalty: 0\n    case: sensitive\n"},
                new String[] {"penalty: 1\n", "penalty: 1\n    match: lenient\n"},
                new String[] {"credit: f1\n", "credit: f1\n    penalty: 0.5\n"},
                new String[] {"typo-credit: 1\n", "typo-credit: 1\n    credit: f1\n"},
                new String[] {"typo-credit: 1\n", "typo-credit: 1\n    wrong: { Lavrov: no }\n"},
                new String[] {"scoring: all-or-nothing", "scoring: all-or-nothing\n    penalty: 0.5"},
                new String[] {"near: 25%", "near: 25%\n    negative-total: allowed"},
                new String[] {"tolerance: 0", "tolerance: 0\n    credit: f1"})) {
            assertThat(EVERY_GRADING_KEY).contains(change[0]);
            String changed = EVERY_GRADING_KEY.replaceFirst(
                    java.util.regex.Pattern.quote(change[0]), java.util.regex.Matcher.quoteReplacement(change[1]));
            assertThat(validate(changed)).as(change[1]).isNotEmpty();
        }
    }

    @Test
    void numberWithBothAnswerAndAnswers_orAWrongKeyThatIsNoNumber_isRejected() {
        assertThat(validate(
                        EVERY_GRADING_KEY.replace("answers: [2019, 2022]", "answer: 2019\n    answers: [2019, 2022]")))
                .isNotEmpty();
        assertThat(validate(EVERY_GRADING_KEY.replace("    answers: [2019, 2022]\n", "")))
                .isNotEmpty();
        assertThat(validate(EVERY_GRADING_KEY.replace("2014: \"Not in the article.\"", "twenty: \"No.\"")))
                .isNotEmpty();
    }

    @Test
    void missingRequiredSetKeys_areRejected() {
        String messages = messages(validate("""
                questions: []
                """));
        assertThat(messages).contains("title").contains("article");
    }
}
