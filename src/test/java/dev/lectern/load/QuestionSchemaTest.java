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
    private static final String SCHEMA_COMMENT =
            "# yaml-language-server: $schema=../schema/question-set.schema.json";

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
        return errors.stream().map(ValidationMessage::getMessage).sorted()
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Test
    void schema_isValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = factory.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = metaSchema.validate(MAPPER.readTree(SCHEMA.toFile()));
        assertThat(errors).as("schema against the 2020-12 meta-schema:%s", messages(errors)).isEmpty();
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
                    .get("questions").forEach(q -> types.add(q.get("type").asText()));
        }
        assertThat(types).containsExactlyInAnyOrder(
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
        for (String text : List.of("Putin will not travel to Istanbul.", "Putin will not travel to [[Istanbul||Turkey]].",
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
        for (String evidence : List.of("{ sentence: \"4\" }", "{ sentence: 4 }", "{ paragraph: 0 }",
                "{ sentence: \"3.2\", paragraph: 3 }", "{ quote: \"\" }", "{ page: 3 }", "{}")) {
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

    @Test
    void missingRequiredSetKeys_areRejected() {
        String messages = messages(validate("""
                questions: []
                """));
        assertThat(messages).contains("title").contains("article");
    }
}
