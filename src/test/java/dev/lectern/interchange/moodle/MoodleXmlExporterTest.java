package dev.lectern.interchange.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.BundledSets;
import dev.lectern.interchange.Export;
import dev.lectern.interchange.ExportNote;
import dev.lectern.interchange.xml.XmlDocument;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The exported file has the structure Moodle's qformat_xml reads, for every kind of question. */
class MoodleXmlExporterTest {
    private static final Export EXPORT = new MoodleXmlExporter().export(BundledSets.load(BundledSets.FILES.get(0)));

    private static Map<String, Element> questionsById() {
        Element quiz = XmlDocument.parse(EXPORT.bytes()).root().orElseThrow();
        assertThat(XmlDocument.localName(quiz)).isEqualTo("quiz");
        return XmlDocument.children(quiz, "question").stream()
                .filter(q -> !q.getAttribute("type").equals("category"))
                .collect(Collectors.toMap(
                        q -> XmlDocument.child(q, "idnumber").orElseThrow().getTextContent(), q -> q));
    }

    private static String value(Element q, String child) {
        return XmlDocument.child(q, child).orElseThrow().getTextContent().strip();
    }

    @Test
    void everyQuestion_hasNameIdnumberGradeAndTextAsMoodleReadsThem() {
        Map<String, Element> qs = questionsById();
        assertThat(qs).hasSize(EXPORT.written()).hasSize(12);
        for (Map.Entry<String, Element> e : qs.entrySet()) {
            Element q = e.getValue();
            assertThat(value(XmlDocument.child(q, "name").orElseThrow(), "text"))
                    .isEqualTo(e.getKey());
            assertThat(XmlDocument.child(q, "questiontext").orElseThrow().getAttribute("format"))
                    .isEqualTo("html");
            assertThat(Double.parseDouble(value(q, "defaultgrade"))).isPositive();
            for (Element a : XmlDocument.children(q, "answer")) {
                if (!q.getAttribute("type").equals("ordering")) {
                    assertThat(MoodleGrades.allowed(Double.parseDouble(a.getAttribute("fraction")) / 100))
                            .as(e.getKey() + " fraction " + a.getAttribute("fraction"))
                            .isTrue();
                }
            }
        }
        assertThat(qs.values())
                .extracting(q -> q.getAttribute("type"))
                .contains("multichoice", "matching", "shortanswer", "truefalse", "cloze", "ordering", "numerical");
    }

    @Test
    void generalFeedback_holdsTheExplanationAndTheEvidencePassage() {
        String feedback = value(
                XmlDocument.child(questionsById().get("delegation-lead"), "generalfeedback")
                        .orElseThrow(),
                "text");
        assertThat(feedback)
                .startsWith("<p>The Kremlin named Vladimir Medinsky")
                .endsWith("<p>Evidence, paragraph 2: \"its delegation would be led by Vladimir Medinsky\"</p>");
    }

    @Test
    void multi_isRightMinusWrongInMoodleFractions() {
        List<String> fractions = XmlDocument.children(questionsById().get("delegation-members"), "answer").stream()
                .map(a -> a.getAttribute("fraction"))
                .toList();
        assertThat(fractions).containsExactly("33.33333", "33.33333", "33.33333", "-33.33333", "-33.33333");
        assertThat(value(questionsById().get("delegation-members"), "single")).isEqualTo("false");
    }

    @Test
    void cloze_isAnEmbeddedAnswersQuestionWithAllItsBlanks() {
        String text = value(
                XmlDocument.child(questionsById().get("revive-2022-terms"), "questiontext")
                        .orElseThrow(),
                "text");
        assertThat(text)
                .contains(
                        "{1:SHORTANSWER:=Medinsky~=Vladimir Medinsky}",
                        "{1:SHORTANSWER:=2022}",
                        "{1:SHORTANSWER:=military~=army}",
                        "{1:SHORTANSWER:=Western}");
        assertThat(EXPORT.notes())
                .contains(new ExportNote(
                        "revive-2022-terms",
                        ExportNote.Effect.CHANGED,
                        "Moodle weighs each blank in whole points; the question is worth 4 points there instead of 2"));
    }

    @Test
    void order_isQtypeOrdering_itemsInTheRightOrder() {
        Element q = questionsById().get("road-to-istanbul");
        assertThat(value(q, "gradingtype")).isEqualTo("RELATIVE_ALL_PREVIOUS_AND_NEXT");
        assertThat(value(q, "selecttype")).isEqualTo("ALL");
        assertThat(XmlDocument.children(q, "answer"))
                .extracting(a -> a.getAttribute("fraction"))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void evidenceQuestion_isLeftOutWithANote_neverSilently() {
        assertThat(questionsById()).doesNotContainKey("maximalist-demands");
        assertThat(EXPORT.notes())
                .filteredOn(n -> n.questionId().equals("maximalist-demands"))
                .singleElement()
                .hasToString("question 'maximalist-demands' left out: Moodle has no question that asks for a sentence"
                        + " of the article (the QTI export keeps it as a hot-text question)");
    }

    @Test
    void embeddedAnswers_escapeMoodlesSpecialCharacters() {
        assertThat(EmbeddedAnswers.shortAnswer(2, true, List.of("a}b#c~d", "5*")))
                .isEqualTo("{2:SHORTANSWER_C:=a\\}b\\#c\\~d~=5\\*}");
        List<String> bad = new java.util.ArrayList<>();
        List<EmbeddedAnswers.Blank> blanks = EmbeddedAnswers.find("x {2:SA:=a\\}b#well~%50%c} y", bad);
        assertThat(bad).isEmpty();
        assertThat(blanks.get(0).alternatives())
                .containsExactly(
                        new EmbeddedAnswers.Alternative(1, "a}b", "well"),
                        new EmbeddedAnswers.Alternative(0.5, "c", ""));
    }
}
