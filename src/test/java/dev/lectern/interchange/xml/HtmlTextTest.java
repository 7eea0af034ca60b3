package dev.lectern.interchange.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void fromPlain_blankLineOfTabsSeparatesParagraphs() {
        // "\s" in a plain Java string is one space, not the regex class: a line of a tab was not a blank line.
        assertEquals("<p>One</p><p>Two</p>", HtmlText.fromPlain(List.of("One\n\t\nTwo")));
    }

    @Test
    void fromPlain_linesInAParagraphBecomeBreaks() {
        assertEquals("<p>One<br>two &amp; three</p>", HtmlText.fromPlain(List.of("One\ntwo & three")));
    }
}
