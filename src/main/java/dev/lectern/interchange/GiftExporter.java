package dev.lectern.interchange;

import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a set in Moodle's GIFT format: the title as {@code $CATEGORY:}, then each question GIFT can hold,
 * separated by blank lines, as Moodle's own GIFT export lays them out. Texts are marked {@code [plain]} so that
 * Moodle shows them as written rather than as HTML.
 */
public final class GiftExporter implements Exporter {
    @Override
    public Export export(QuestionSet set) {
        List<ExportNote> notes = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("// ")
                .append(oneLine(set.title()))
                .append('\n')
                .append("// Written by Lectern from a set on the article ")
                .append(oneLine(set.article().name()))
                .append('\n')
                .append("$CATEGORY: $course$/top/")
                .append(oneLine(set.title()).replace("/", "//"))
                .append("\n\n");
        GiftQuestion writer = new GiftQuestion(set.article(), notes);
        int written = 0;
        for (Question q : set.questions()) {
            Optional<String> text = writer.write(q);
            if (text.isPresent()) {
                out.append(text.get()).append('\n');
                written++;
            }
        }
        return new Export(out.toString().getBytes(StandardCharsets.UTF_8), written, notes);
    }

    /** A category or comment line cannot hold a line break. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
