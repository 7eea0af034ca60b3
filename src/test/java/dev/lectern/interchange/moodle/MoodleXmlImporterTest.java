package dev.lectern.interchange.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.TrueFalseQuestion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class MoodleXmlImporterTest {
    private static final Path FIXTURES = Path.of("src/test/resources/interchange/moodle-fixtures");

    static Stream<Path> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    private static ImportResult read(String name, String xml) {
        return new MoodleXmlImporter().read(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Moodle's own fixtures: every question is imported or named, at its position, in a problem. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void moodleFixtures_importWithoutLosingAQuestion(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ImportResult r = new MoodleXmlImporter().read(file.getFileName().toString(), bytes);
        Element root = XmlDocument.parse(bytes).root().orElseThrow();
        List<Element> questions =
                XmlDocument.localName(root).equals("quiz") ? XmlDocument.children(root, "question") : List.of(root);
        Set<Pos> accounted = new HashSet<>();
        r.questions().forEach(q -> accounted.add(q.pos()));
        r.problems().forEach(p -> accounted.add(p.pos()));
        for (Element q : questions) {
            if (!q.getAttribute("type").equals("category")) {
                assertThat(accounted)
                        .as(file + " question at " + XmlDocument.position(q))
                        .contains(XmlDocument.position(q));
            }
        }
        assertThat(r.problems()).allMatch(p -> p.toString().startsWith(file.getFileName() + ":"));
    }

    @Test
    void essay_isReportedWithNameAndPosition_andLeftOut() throws Exception {
        ImportResult r = new MoodleXmlImporter()
                .read("nested.xml", Files.readAllBytes(FIXTURES.resolve("nested_categories_with_questions.xml")));
        assertThat(r.questions()).hasSize(4).allMatch(q -> q.question() instanceof TrueFalseQuestion);
        assertThat(r.problems())
                .map(Problem::toString)
                .contains(
                        "nested.xml:55:3: warning: question 'Kappa Essay Question': Lectern has no essay questions; left out");
        assertThat(r.title()).contains("Iota");
    }

    @Test
    void brokenCloze_eachAnErrorAtItsQuestion() throws Exception {
        ImportResult r = new MoodleXmlImporter()
                .read("broken.xml", Files.readAllBytes(FIXTURES.resolve("broken_cloze_questions.xml")));
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems().stream().filter(Problem::isError).map(Problem::toString))
                .containsExactly(
                        "broken.xml:4:3: error: question 'Multianswer question without subquestions': an embedded-answers"
                                + " question needs at least one sub-question such as {1:SHORTANSWER:=answer}; this one has"
                                + " none that Moodle could read; left out",
                        "broken.xml:20:3: error: question 'Multichoice subquestion without choices': an embedded-answers"
                                + " question needs at least one sub-question such as {1:SHORTANSWER:=answer}; this one has"
                                + " none that Moodle could read; left out",
                        "broken.xml:36:3: error: question 'Multichoice subquestion with only one choice': the drop-down needs"
                                + " at least two options, one of them worth 100%; left out",
                        "broken.xml:52:3: error: question 'Multichoice subquestion with no completely correct answer': the"
                                + " drop-down needs at least two options, one of them worth 100%; left out",
                        "broken.xml:68:3: error: question 'Numerical subquestion with buggy answer': the numeric"
                                + " sub-question has no number worth 100%; left out");
    }

    @Test
    void multianswerFixture_becomesACloze_withEveryBlank_andWarnings() throws Exception {
        ImportResult r = new MoodleXmlImporter().read("m.xml", Files.readAllBytes(FIXTURES.resolve("multianswer.xml")));
        ClozeQuestion c = (ClozeQuestion) r.questions().get(0).question();
        assertThat(c.blanks())
                .extracting(b -> b.answers())
                .containsExactly(
                        List.of("California"),
                        List.of("Arizona"),
                        List.of("California"),
                        List.of("Arizona"),
                        List.of("Paris"));
        assertThat(c.segments().get(1)).contains("Tucson:");
        assertThat(r.problems())
                .map(Problem::toString)
                .contains("m.xml:12:3: warning: question 'cloze with images':"
                        + " blank 5: 'Marseille' earns 50% in Moodle; Lectern gives all or nothing for a blank, so it is left"
                        + " out");
    }

    @Test
    void orderingFixture_keepsTheItemsInOrder() throws Exception {
        ImportResult r = new MoodleXmlImporter()
                .read("o.xml", Files.readAllBytes(FIXTURES.resolve("ordering-testimport.moodle.xml")));
        OrderQuestion o = (OrderQuestion) r.questions().get(0).question();
        assertThat(o.id()).isEqualTo("myid");
        assertThat(o.items()).containsExactly("Modular", "Object", "Oriented", "Dynamic", "Learning", "Environment");
        assertThat(o.header().explain())
                .contains("The correct answer is \"Modular Object Oriented Dynamic Learning Environment\".");
    }

    @Test
    void invalidXml_isAnErrorAtLineAndColumn_andTheQuestionsBeforeItAreKept() {
        ImportResult r = read(
                "bank.xml",
                "<?xml version=\"1.0\"?>\n<quiz>\n"
                        + "<question type=\"truefalse\"><name><text>Sky</text></name>"
                        + "<questiontext format=\"html\"><text>The sky is blue.</text></questiontext>"
                        + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                        + "</question>\n<question type=\"truefalse\"><name><text>Broken</text>\n</quiz>\n");
        assertThat(r.questions()).extracting(q -> q.question().id()).containsExactly("sky");
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).toString())
                .startsWith("bank.xml:5:3: error: not well-formed XML:")
                .endsWith("; the questions before this point are imported");
    }

    @Test
    void anElementNameTheDomRefuses_isAnErrorAtItsTag_notAnException() {
        ImportResult r = read(
                "bank.xml",
                "<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"truefalse\"><:ext/>" + "</question>\n</quiz>\n");
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .map(Problem::toString)
                .singleElement()
                .asString()
                .startsWith("bank.xml:3:")
                .contains("error: not well-formed XML: ':ext' is not a valid element name");
    }

    @Test
    void doctype_isRefused_soNoExternalEntityIsRead() {
        ImportResult r = read(
                "evil.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM"
                        + " \"file:///etc/passwd\">]>\n<quiz><question type=\"shortanswer\"><questiontext><text>&x;</text>"
                        + "</questiontext></question></quiz>");
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems().get(0).toString()).startsWith("evil.xml:2:").contains("declares a DOCTYPE");
    }

    @Test
    void multichoice_singleAndMultiple_withFractionsFeedbackAndPenalty() {
        ImportResult r = read(
                "q.xml",
                "<quiz><question type=\"multichoice\"><name><text>Capital</text></name>"
                        + "<questiontext format=\"html\"><text>&lt;p&gt;Capital of &lt;b&gt;France&lt;/b&gt;?&lt;/p&gt;</text>"
                        + "</questiontext><single>true</single>"
                        + "<answer fraction=\"100\"><text>Paris</text></answer>"
                        + "<answer fraction=\"-25\"><text>Lyon</text><feedback><text>Second city.</text></feedback></answer>"
                        + "<answer fraction=\"-25\"><text>Nice</text></answer></question>"
                        + "<question type=\"multichoice\"><name><text>Primes</text></name><questiontext format=\"markdown\">"
                        + "<text>Pick the *primes*</text></questiontext><single>false</single>"
                        + "<answer fraction=\"50\"><text>2</text></answer><answer fraction=\"50\"><text>3</text></answer>"
                        + "<answer fraction=\"-50\"><text>4</text></answer></question></quiz>");
        assertThat(r.problems()).isEmpty();
        ChoiceQuestion c = (ChoiceQuestion) r.questions().get(0).question();
        assertThat(c.prompt()).isEqualTo("Capital of France?");
        assertThat(c.answerText()).isEqualTo("Paris");
        assertThat(c.penalty()).isEqualTo(0.25);
        assertThat(c.feedback()).containsEntry("Lyon", "Second city.");
        MultiQuestion m = (MultiQuestion) r.questions().get(1).question();
        assertThat(m.prompt()).isEqualTo("Pick the *primes*");
        assertThat(m.answers()).containsExactly(0, 1);
    }

    @Test
    void shortAnswer_andNumerical_withToleranceWildcardsAndWrongFeedback() {
        ImportResult r = read(
                "q.xml",
                "<quiz><question type=\"shortanswer\"><name><text>City</text></name>"
                        + "<questiontext><text>Which city?</text></questiontext><usecase>1</usecase>"
                        + "<answer fraction=\"100\"><text>Ankara</text></answer>"
                        + "<answer fraction=\"100\"><text>Ank*</text></answer>"
                        + "<answer fraction=\"0\"><text>Istanbul</text><feedback><text>That is where the talks are.</text>"
                        + "</feedback></answer></question>"
                        + "<question type=\"numerical\"><name><text>Pi</text></name><questiontext><text>Pi?</text></questiontext>"
                        + "<answer fraction=\"100\"><text>3.14</text><tolerance>0.01</tolerance></answer>"
                        + "<units><unit><multiplier>1</multiplier><unit_name>rad</unit_name></unit></units></question></quiz>");
        assertThat(r.problems()).isEmpty();
        dev.lectern.model.ShortQuestion s =
                (dev.lectern.model.ShortQuestion) r.questions().get(0).question();
        assertThat(s.answers()).containsExactly("Ankara");
        assertThat(s.pattern().orElseThrow().matcher("Ankxyz").matches()).isTrue();
        assertThat(s.matching().caseSensitive()).isTrue();
        assertThat(s.wrong()).extracting(w -> w.text()).containsExactly("Istanbul");
        dev.lectern.model.NumberQuestion n =
                (dev.lectern.model.NumberQuestion) r.questions().get(1).question();
        assertThat(n.tolerance()).hasToString("0.01");
        assertThat(n.unit()).contains("rad");
        assertThat(r.questions()).extracting(ImportedQuestion::pos).containsExactly(new Pos(1, 7), new Pos(1, 363));
    }
}
