package dev.lectern.interchange;

import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Moodle's GIFT format as Moodle's own importer ({@code question/format/gift/format.php}) does: questions
 * are separated by blank lines, {@code //} lines are comments, {@code $CATEGORY:} names the category (the set's
 * title is its last part), {@code ::name::} the question. A question that cannot be read is reported with its
 * position and left out; the others are still imported.
 */
public final class GiftImporter implements Importer {
    @Override
    public ImportResult read(String fileName, byte[] bytes) {
        Report report = new Report(fileName);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\uFFFD') >= 0) {
            report.error(Pos.START, "the file is not valid UTF-8; save it as UTF-8 (Moodle's exports are)");
        }
        List<ImportedQuestion> questions = new ArrayList<>();
        Optional<String> category = Optional.empty();
        QuestionIds ids = new QuestionIds();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<String> block = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                if (!block.isEmpty()) {
                    GiftQuestionReader reader = new GiftQuestionReader(GiftSource.of(block, start + 1), ids, report);
                    Optional<String> named = reader.category();
                    if (named.isPresent()) {
                        category = Optional.of(lastPart(named.get()));
                    } else {
                        reader.question().ifPresent(questions::add);
                    }
                    block = new ArrayList<>();
                }
            } else {
                if (block.isEmpty()) {
                    start = i;
                }
                block.add(lines[i]);
            }
        }
        return new ImportResult(category.filter(c -> !c.isBlank()), questions, report.problems());
    }

    /** {@code $course$/top/Default for X/Unit 1} names category "Unit 1"; {@code //} is a slash in a name. */
    static String lastPart(String path) {
        String[] parts = path.replace("//", "\uE100").split("/", -1);
        int last = parts.length - 1;
        while (last > 0 && parts[last].isBlank()) { // "Unit 1/" names "Unit 1"
            last--;
        }
        return parts[last].replace('\uE100', '/').strip();
    }

    /** The problems of one file, in order. */
    static final class Report {
        private final String file;
        private final List<Problem> problems = new ArrayList<>();

        Report(String file) {
            this.file = file;
        }

        void error(Pos pos, String message) {
            problems.add(new Problem(file, pos, Severity.ERROR, message));
        }

        void warning(Pos pos, String message) {
            problems.add(new Problem(file, pos, Severity.WARNING, message));
        }

        List<Problem> problems() {
            return List.copyOf(problems);
        }
    }
}
