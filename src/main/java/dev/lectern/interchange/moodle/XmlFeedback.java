package dev.lectern.interchange.moodle;

import dev.lectern.interchange.xml.XmlDocument;
import org.w3c.dom.Element;

/** An answer's {@code <feedback>}, as plain text ("" when there is none). */
final class XmlFeedback {
    private XmlFeedback() {}

    static String of(Element answer, String defaultFormat) {
        return XmlDocument.child(answer, "feedback")
                .map(fb -> MoodleFields.plain(fb, defaultFormat))
                .orElse("");
    }
}
