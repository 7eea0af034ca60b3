package dev.lectern.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.moodle.MoodleXmlImporter;
import dev.lectern.interchange.qti.QtiImporter;
import dev.lectern.load.Problem;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A question with more than 26 choices (or pairs) is reported and left out by every importer, as {@code check}
 * refuses it: the quiz labels options a to z, and a 27th would be labelled '{' and graded wrong when picked.
 */
class TooManyChoicesImportTest {
    private static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    private static String each(int count, java.util.function.IntFunction<String> one) {
        return IntStream.rangeClosed(1, count).mapToObj(one).collect(Collectors.joining());
    }

    private static ImportResult read(Importer importer, String name, String text) {
        return importer.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gift_choiceMultiAndMatch_past26_areErrorsAndLeftOut() {
        String gift = "::big:: Which one? {=o1 " + each(26, i -> "~o" + (i + 1) + " ") + "}\n\n"
                + "::many:: Which ones? {" + each(27, i -> "~%" + (i <= 2 ? "50" : "-10") + "%o" + i + " ") + "}\n\n"
                + "::pairs:: Match them {" + each(27, i -> "=l" + i + " -> r" + i + " ") + "}\n\n"
                + "::fine:: Which one? {=o1 " + each(25, i -> "~o" + (i + 1) + " ") + "}\n";
        ImportResult r = read(new GiftImporter(), "q.gift", gift);
        assertThat(r.questions()).extracting(q -> q.question().id()).containsExactly("fine");
        assertThat(r.problems().stream().filter(Problem::isError).map(Problem::toString))
                .containsExactly(
                        "q.gift:1:1: error: question 'big': a choice question has at most 26 choices (labelled a to z);"
                                + " found 27: split it into two questions",
                        "q.gift:3:1: error: question 'many': a multi question has at most 26 choices (labelled a to z);"
                                + " found 27: split it into two questions",
                        "q.gift:5:1: error: question 'pairs': a match question has at most 26 pairs (labelled a to z);"
                                + " found 27: split it into two questions");
    }

    @Test
    void moodleXml_multichoiceAndMatching_past26_areErrorsAndLeftOut() {
        String xml =
                "<quiz>\n<question type=\"multichoice\"><name><text>Big</text></name><questiontext format=\"html\">"
                        + "<text>Which?</text></questiontext><single>true</single>"
                        + each(
                                27,
                                i -> "<answer fraction=\"" + (i == 1 ? 100 : 0) + "\"><text>o" + i + "</text></answer>")
                        + "</question>\n<question type=\"matching\"><name><text>Pairs</text></name><questiontext format=\"html\">"
                        + "<text>Match</text></questiontext>"
                        + each(
                                30,
                                i -> "<subquestion format=\"html\"><text>l" + i + "</text><answer><text>r" + i
                                        + "</text></answer></subquestion>")
                        + "</question>\n</quiz>\n";
        ImportResult r = read(new MoodleXmlImporter(), "q.xml", xml);
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems().stream().filter(Problem::isError).map(Problem::toString))
                .containsExactly(
                        "q.xml:2:1: error: question 'Big': a choice question has at most 26 choices (labelled a to z);"
                                + " found 27: split it into two questions; left out",
                        "q.xml:3:1: error: question 'Pairs': a match question has at most 26 pairs (labelled a to z);"
                                + " found 30: split it into two questions; left out");
    }

    @Test
    void qti_choiceInteraction_past26_isAnErrorAndLeftOut() {
        String item = "<assessmentItem xmlns=\"" + QTI + "\" identifier=\"q1\" title=\"Big\" adaptive=\"false\""
                + " timeDependent=\"false\"><responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\""
                + " baseType=\"identifier\"><correctResponse><value>C1</value></correctResponse></responseDeclaration>"
                + "<itemBody><choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\"><prompt>Which?</prompt>"
                + each(28, i -> "<simpleChoice identifier=\"C" + i + "\">o" + i + "</simpleChoice>")
                + "</choiceInteraction></itemBody></assessmentItem>";
        ImportResult r = read(new QtiImporter(), "q1.xml", item);
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems().stream().filter(Problem::isError).map(Problem::toString))
                .singleElement()
                .asString()
                .endsWith("a choice question has at most 26 choices (labelled a to z); found 28: split it"
                        + " into two questions; left out");
    }

    @Test
    void moodleXml_orderingPast26Items_isAnErrorAndLeftOut() {
        String xml = "<quiz>\n<question type=\"ordering\"><name><text>Long</text></name><questiontext format=\"html\">"
                + "<text>Put them in order</text></questiontext>"
                + each(27, i -> "<answer fraction=\"" + i + "\"><text>step " + i + "</text></answer>")
                + "</question>\n</quiz>\n";
        ImportResult r = read(new MoodleXmlImporter(), "q.xml", xml);
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems().stream().filter(Problem::isError).map(Problem::toString))
                .containsExactly(
                        "q.xml:2:1: error: question 'Long': an order question has at most 26 items (labelled a to z);"
                                + " found 27: split it into two questions; left out");
    }

    @Test
    void qti_orderInteractionPast26Items_isAnErrorAndLeftOut() {
        String item = "<assessmentItem xmlns=\"" + QTI + "\" identifier=\"q1\" title=\"Long\" adaptive=\"false\""
                + " timeDependent=\"false\"><responseDeclaration identifier=\"RESPONSE\" cardinality=\"ordered\""
                + " baseType=\"identifier\"><correctResponse>" + each(27, i -> "<value>I" + i + "</value>")
                + "</correctResponse></responseDeclaration><itemBody><orderInteraction responseIdentifier=\"RESPONSE\">"
                + "<prompt>Put them in order</prompt>"
                + each(27, i -> "<simpleChoice identifier=\"I" + i + "\">step " + i + "</simpleChoice>")
                + "</orderInteraction></itemBody></assessmentItem>";
        ImportResult r = read(new QtiImporter(), "q1.xml", item);
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems().stream().filter(Problem::isError).map(Problem::toString))
                .singleElement()
                .asString()
                .endsWith("an order question has at most 26 items (labelled a to z); found 27: split it"
                        + " into two questions; left out");
    }
}
