package dev.lectern.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.Problem;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TrueFalseQuestion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Moodle's own GIFT files (src/test/resources/interchange/moodle, GPL-3.0) import as Moodle reads them. */
class GiftImportTest {
    private static final Path MOODLE = Path.of("src/test/resources/interchange/moodle");

    private static ImportResult read(String name) throws IOException {
        return new GiftImporter().read(name, Files.readAllBytes(MOODLE.resolve(name)));
    }

    private static ImportResult gift(String text) {
        return new GiftImporter().read("q.gift", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Question only(String text) {
        ImportResult r = gift(text);
        assertThat(r.questions()).hasSize(1);
        return r.questions().get(0).question();
    }

    @Test
    void moodleExamples_importEveryQuestion_withoutErrors() throws IOException {
        ImportResult r = read("gift-examples.txt");
        assertThat(r.problems()).noneMatch(Problem::isError);
        assertThat(r.questions()).hasSize(43);
        Map<String, Long> kinds = r.questions().stream()
                .collect(Collectors.groupingBy(q -> q.question().typeName(), Collectors.counting()));
        assertThat(kinds)
                .containsEntry("choice", 16L)
                .containsEntry("multi", 2L)
                .containsEntry("true-false", 5L)
                .containsEntry("match", 3L)
                .containsEntry("number", 8L);
        assertThat(r.questions().get(0).pos().line()).isEqualTo(8);
    }

    @Test
    void moodleFixtures_reportWhatLecternCannotHold_byNameAndPosition() throws IOException {
        ImportResult r = read("gift-fixtures-questions.gift.txt");
        assertThat(r.questions())
                .extracting(q -> q.question().id())
                .containsExactly(
                        "moodle-activities", "q2", "colours", "q5", "shortanswer", "q1", "2-08-tsl", "2-08-tsl-2");
        assertThat(r.problems())
                .map(Problem::toString)
                .contains(
                        "gift-fixtures-questions.gift.txt:2:1: warning: question 'Q8' is an essay question, which Lectern"
                                + " cannot hold (it cannot be marked automatically); left out",
                        "gift-fixtures-questions.gift.txt:5:1: warning: question 'Moodle activities': the extra match 'Chat'"
                                + " (with no item) has no place in Lectern; left out",
                        "gift-fixtures-questions.gift.txt:34:1: warning: question 'Shortanswer': 'Cat' earns 50% in the"
                                + " original; Lectern has no partial credit for one answer and counts it as wrong");
        TrueFalseQuestion q1 = (TrueFalseQuestion) r.questions().get(5).question();
        assertThat(q1.answer()).isFalse();
        assertThat(q1.feedbackIfTrue()).contains("42 is the Ultimate Answer.");
        assertThat(q1.feedbackIfFalse()).contains("You gave the right answer.");
        assertThat(q1.header().explain()).contains("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    }

    @Test
    void category_html_andEscapes_becomePlainText() throws IOException {
        ImportResult r = read("gift-fixtures-questions_in_category.gift.txt");
        assertThat(r.title()).contains("Default for New Features");
        assertThat(r.questions().get(1).question().prompt())
                .isEqualTo("Listen to this greeting: What language is being spoken?");
        assertThat(r.questions().get(3).question().prompt())
                .isEqualTo("Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.");
    }

    @Test
    void missingWord_choiceShowsTheGap_shortBecomesACloze() {
        ChoiceQuestion c = (ChoiceQuestion) only("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertThat(c.prompt()).isEqualTo("Grant is _____ in Grant's tomb.");
        assertThat(c.answerText()).isEqualTo("entombed");
        ClozeQuestion z = (ClozeQuestion) only("Two plus two equals {=four =4}.");
        assertThat(z.segments()).containsExactly("Two plus two equals ", ".");
        assertThat(z.blanks().get(0).answers()).containsExactly("four", "4");
    }

    @Test
    void numbers_rangesTolerancesAndWeights() {
        NumberQuestion range = (NumberQuestion) only("Pi? {#3.141..3.142}");
        assertThat(range.answers()).containsExactly(new BigDecimal("3.1415"));
        assertThat(range.tolerance().amount()).isEqualByComparingTo("0.0005");
        NumberQuestion tol = (NumberQuestion) only("Born? {#1822:5}");
        assertThat(tol.tolerance().amount()).isEqualByComparingTo("5");
    }

    @Test
    void weights_giveMultiAndPenalties() {
        MultiQuestion m = (MultiQuestion) only("Who? {~%50%Grant ~%50%Grant's wife ~%-50%No one ~%-50%Father}");
        assertThat(m.answers()).containsExactly(0, 1);
        ChoiceQuestion p = (ChoiceQuestion) only("Who? {=Grant ~%-25%No one ~%-25%Father}");
        assertThat(p.penalty()).isEqualTo(0.25);
        ShortQuestion s = (ShortQuestion) only("Who? {=Frog =%0%Cat#No cats}");
        assertThat(s.answers()).containsExactly("Frog");
        assertThat(s.wrong()).extracting(w -> w.text() + ": " + w.feedback()).containsExactly("Cat: No cats");
        MatchQuestion match = (MatchQuestion) only("Capitals {=Canada -> Ottawa =Italy -> Rome}");
        assertThat(match.pairs()).hasSize(2);
    }

    @Test
    void brokenQuestions_areErrorsWithPositions_andTheRestIsImported() {
        ImportResult r = gift("""
                              ::a:: Who leads? {=Medinsky ~Lavrov

                              ::b:: Who? {=Medinsky ~Lavrov}

                              ::c:: {=x ~y} and {=z ~w}

                              ::d:: Is it? {T}
                              """);
        assertThat(r.problems())
                .map(Problem::toString)
                .containsExactly(
                        "q.gift:1:18: error: question 'a': the answers opened with '{' here are never closed with '}';"
                                + " close them, or write \\{ for a brace in the text",
                        "q.gift:5:19: error: question 'c': a second set of answers '{…}' in one question; separate questions"
                                + " with a blank line (GIFT holds one gap per question)");
        assertThat(r.questions()).extracting(q -> q.question().id()).containsExactly("b", "d");
    }

    @Test
    void aLongValueInAWarning_isQuotedShortened() {
        String answer = "Medinsky".repeat(100);
        ImportResult r = gift("::a:: Who leads? {=" + answer + " ~Lavrov ~" + answer + "}");
        assertThat(r.problems())
                .map(Problem::toString)
                .containsExactly("q.gift:1:1: warning: question 'a': the answer '"
                        + "Medinsky".repeat(7)
                        + "Medi… (740 more characters)' is listed twice; only the first is kept");
    }

    @Test
    void comments_escapesAndMultiLineQuestions() {
        Question q = only("// a comment\n::Kanji Origins::Japanese characters originally\ncame from what"
                + " country\\: {=China#right\\#1}");
        assertThat(q.id()).isEqualTo("kanji-origins");
        assertThat(q.prompt()).isEqualTo("Japanese characters originally came from what country:");
        assertThat(gift("[markdown]Who's in **Grant's tomb**?{=no one}")
                        .questions()
                        .get(0)
                        .question()
                        .prompt())
                .isEqualTo("Who's in Grant's tomb?");
        assertThat(List.of(gift("No answers here.").problems().get(0).message()))
                .containsExactly(
                        "the question \"No answers here.\" is a description (text with no answers), which Lectern cannot"
                                + " hold; left out");
    }

    @Test
    void aGapQuestionWhoseTextIsNeverShown_isAnError_notAnException() {
        ImportResult r = gift("::t::[html]<a href\\=\"x {#3.14:0.01}.");
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .map(Problem::toString)
                .containsExactly("q.gift:1:1: error: question 't' has no question text; write the question before '{'");
    }
}
