package dev.lectern.interchange.qti;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.ImportResult;
import dev.lectern.load.Problem;
import dev.lectern.model.ChoiceQuestion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QtiImporterTest {
    private static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    @Test
    void aPlainItemWithTheStandardTemplate_isRead() {
        String item = "<assessmentItem xmlns=\"" + NS + "\" identifier=\"q1\" title=\"Capital\" adaptive=\"false\""
                + " timeDependent=\"false\"><responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\""
                + " baseType=\"identifier\"><correctResponse><value>B</value></correctResponse></responseDeclaration>"
                + "<itemBody><choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\"><prompt>Capital of"
                + " France?</prompt><simpleChoice identifier=\"A\">Lyon</simpleChoice><simpleChoice identifier=\"B\">"
                + "Paris</simpleChoice></choiceInteraction></itemBody><responseProcessing template=\"http://www"
                + ".imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"/></assessmentItem>";
        ImportResult r = new QtiImporter().read("q1.xml", item.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        ChoiceQuestion c = (ChoiceQuestion) r.questions().get(0).question();
        assertThat(c.id()).isEqualTo("capital");
        assertThat(c.answerText()).isEqualTo("Paris");
    }

    @Test
    void anUnsupportedInteraction_isNamedAndLeftOut() {
        String item = "<assessmentItem xmlns=\"" + NS + "\" identifier=\"essay\" title=\"Essay\" adaptive=\"false\""
                + " timeDependent=\"false\"><itemBody><extendedTextInteraction responseIdentifier=\"RESPONSE\"/>"
                + "</itemBody></assessmentItem>";
        ImportResult r = new QtiImporter().read("e.xml", item.getBytes(StandardCharsets.UTF_8));
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .map(Problem::toString)
                .contains(
                        "e.xml:1:148: warning: item 'essay': Lectern has no question for a QTI extendedTextInteraction; left out");
    }

    @Test
    void aZipWithoutManifest_isAnError() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("x.txt"));
            zip.write(1);
        }
        ImportResult r = new QtiImporter().read("p.zip", bytes.toByteArray());
        assertThat(r.problems())
                .map(Problem::toString)
                .containsExactly(
                        "p.zip:1:1: error: the zip has no imsmanifest.xml, so it is not a QTI content package");
    }
}
