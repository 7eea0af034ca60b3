package dev.lectern.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.QuestionHeader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeamTest {
    @Test
    void formats_areNamedAsTheCommandLineSpellsThem() {
        assertThat(Format.cliNames()).containsExactly("gift", "moodle-xml", "qti", "aiken");
        assertThat(Format.byCliName("Moodle-XML")).contains(Format.MOODLE_XML);
        assertThat(Format.byCliName("xml")).isEmpty();
    }

    @Test
    void questionIds_comeFromTheName_elseThePrompt_uniqueAndValid() {
        QuestionIds ids = new QuestionIds();
        assertThat(ids.next(Optional.of("Grant's tomb"), "ignored")).isEqualTo("grant-s-tomb");
        assertThat(ids.next(Optional.of("GRANT'S TOMB!"), "ignored")).isEqualTo("grant-s-tomb-2");
        assertThat(ids.next(Optional.of("::"), "Who is buried in Grant's tomb in New York City?"))
                .isEqualTo("who-is-buried-in-grant-s");
        assertThat(ids.next(Optional.empty(), "Qu'est-ce qu'Erdoğan a dit ?")).isEqualTo("qu-est-ce-qu-erdogan-a");
        assertThat(ids.next(Optional.empty(), "¿¡…!?")).isEqualTo("question");
        assertThat(ids.next(Optional.empty(), "…")).isEqualTo("question-2");
        String longName = ids.next(Optional.of("a".repeat(30) + " " + "b".repeat(30)), "x");
        assertThat(longName).isEqualTo("a".repeat(30));
        assertThat(QuestionHeader.ID.matcher(longName).matches()).isTrue();
    }

    @Test
    void htmlText_isPlainText_withDroppedMediaListed() {
        HtmlText.Plain plain = HtmlText.toPlain("<p>Who is <b>buried</b> in Grant&#39;s&nbsp;tomb?</p>"
                + "<img src=\"@@PLUGINFILE@@/tomb.png\" alt=\"the tomb\">");
        assertThat(plain.text()).isEqualTo("Who is buried in Grant's tomb? the tomb");
        assertThat(plain.dropped()).containsExactly("image \"@@PLUGINFILE@@/tomb.png\"");
        assertThat(HtmlText.toPlain("3 &lt; 4 &amp; 5 > 2").text()).isEqualTo("3 < 4 & 5 > 2");
    }

    @Test
    void guess_usesTheName_thenTheContent() {
        byte[] aiken = "Who?\nA. Me\nB. You\nANSWER: B\n".getBytes(StandardCharsets.UTF_8);
        byte[] gift = "::q1:: Who? {=Me ~You}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Formats.guess("bank.txt", aiken)).isEqualTo(Format.AIKEN);
        assertThat(Formats.guess("bank.txt", gift)).isEqualTo(Format.GIFT);
        assertThat(Formats.guess("set.gift.txt", aiken)).isEqualTo(Format.GIFT);
        assertThat(Formats.guess("questions.xml", gift)).isEqualTo(Format.MOODLE_XML);
        assertThat(Formats.guess("export", "<?xml version=\"1.0\"?><quiz/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Format.MOODLE_XML);
        assertThat(Formats.guess("canvas.zip", new byte[0])).isEqualTo(Format.QTI);
    }

    @Test
    void exportNote_saysWhichQuestionAndWhy() {
        assertThat(new ExportNote("who-called-first", ExportNote.Effect.LEFT_OUT, "GIFT has no ordering question"))
                .hasToString("question 'who-called-first' left out: GIFT has no ordering question");
    }
}
