package dev.lectern.source;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A converted article: its paragraphs (one line each, no line breaks inside), what was dropped on the way, and
 * notes for the teacher (paragraphs kept that may not belong).
 */
public record ArticleText(
        SourceKind kind, List<String> paragraphs, Map<Boilerplate, Integer> dropped, List<Note> notes) {
    public ArticleText {
        paragraphs = List.copyOf(paragraphs);
        dropped = dropped.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(dropped));
        notes = List.copyOf(notes);
        for (String p : paragraphs) {
            if (p.isBlank() || p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a paragraph is one non-blank line: '" + p + "'");
            }
        }
    }

    /** The article file's text: a paragraph a line, each ended by a newline. */
    public String fileText() {
        StringBuilder text = new StringBuilder();
        paragraphs.forEach(p -> text.append(p).append('\n'));
        return text.toString();
    }

    public int words() {
        int n = 0;
        for (String p : paragraphs) {
            n += p.split("\\s+").length;
        }
        return n;
    }

    /** "kept 12 paragraphs (845 words) of HTML; dropped 1 page header, 3 scripts and styles". */
    public String account() {
        String kept = "kept " + paragraphs.size() + (paragraphs.size() == 1 ? " paragraph" : " paragraphs") + " ("
                + words() + (words() == 1 ? " word" : " words") + ") of " + kind.label();
        if (dropped.isEmpty()) {
            return kept + "; dropped nothing";
        }
        StringJoiner what = new StringJoiner(", ", kept + "; dropped ", "");
        dropped.forEach((kind, n) -> what.add(kind.counted(n)));
        return what.toString();
    }
}
