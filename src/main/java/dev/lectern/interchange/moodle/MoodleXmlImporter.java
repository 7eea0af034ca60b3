package dev.lectern.interchange.moodle;

import dev.lectern.article.Article;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.interchange.QuestionIds;
import dev.lectern.interchange.xml.ArticleAwareImporter;
import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads a Moodle XML question bank file into model questions, as Moodle's {@code qformat_xml} reads it. Every
 * question Lectern cannot hold is reported with its name and position and left out; what it holds only
 * approximately is a warning; a file that is not well-formed is an error at its line and column, and the
 * questions before the break are still read.
 */
public final class MoodleXmlImporter implements ArticleAwareImporter {
    /** Kinds Moodle has and Lectern has not: reported and left out. */
    private static final Set<String> UNSUPPORTED = Set.of(
            "description",
            "essay",
            "calculated",
            "calculatedsimple",
            "calculatedmulti",
            "ddwtos",
            "ddimageortext",
            "ddmarker",
            "gapselect",
            "randomsamatch",
            "random");

    @Override
    public ImportResult read(String file, byte[] bytes, Optional<Article> article) {
        List<Problem> problems = new ArrayList<>();
        XmlDocument doc = XmlDocument.parse(bytes);
        doc.error()
                .ifPresent(e -> problems.add(new Problem(
                        file,
                        e.pos(),
                        Severity.ERROR,
                        e.message()
                                + (doc.root().isPresent() ? "; the questions before this point are imported" : ""))));
        List<Element> questions = new ArrayList<>();
        Optional<Element> root = doc.root();
        if (root.isPresent()) {
            String name = XmlDocument.localName(root.get());
            if (name.equals("quiz")) {
                questions.addAll(XmlDocument.children(root.get(), "question"));
            } else if (name.equals("question")) {
                questions.add(root.get());
            } else if (doc.error().isEmpty()) {
                problems.add(new Problem(
                        file,
                        XmlDocument.position(root.get()),
                        Severity.ERROR,
                        "this is not a Moodle XML file: its root element is <" + name + ">, not <quiz>"));
            }
        }
        Categories categories = new Categories();
        List<ImportedQuestion> read = new ArrayList<>();
        QuestionIds ids = new QuestionIds();
        for (Element q : questions) {
            if (!XmlDocument.complete(q)) {
                continue; // cut off by the XML error reported above
            }
            MoodleFields f = new MoodleFields(file, q, article, problems);
            if (f.type().equals("category")) {
                categories.add(q);
                continue;
            }
            one(f, ids).ifPresent(question -> read.add(new ImportedQuestion(question, f.pos())));
        }
        if (categories.paths().size() > 1) {
            problems.add(new Problem(
                    file,
                    Pos.START,
                    Severity.WARNING,
                    "the file has " + categories.paths().size()
                            + " categories (" + String.join(", ", categories.paths())
                            + "); a Lectern set has no categories,"
                            + " so their questions are all in one set, titled after the first"));
        }
        if (read.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            problems.add(new Problem(file, Pos.START, Severity.ERROR, "the file holds no question Lectern can import"));
        }
        return new ImportResult(categories.title(), read, problems);
    }

    private static Optional<Question> one(MoodleFields f, QuestionIds ids) {
        String type = f.type();
        if (UNSUPPORTED.contains(type)) {
            f.warn("Lectern has no " + kindName(type) + " questions; left out");
            return Optional.empty();
        }
        String prompt = f.questionText();
        String id = ids.next(f.idnumber().or(() -> Optional.of(f.name()).filter(n -> !n.isBlank())), prompt);
        try {
            if (type.equals("cloze") || type.equals("multianswer")) {
                return MoodleCloze.read(f, id);
            }
            if (!List.of("multichoice", "truefalse", "shortanswer", "numerical", "matching", "match", "ordering")
                    .contains(type)) {
                f.warn(Quoted.of(type) + " is not a question type Lectern knows; left out");
                return Optional.empty();
            }
            if (prompt.isBlank()) {
                f.error("the question has no text; left out");
                return Optional.empty();
            }
            QuestionHeader h = f.header(id, prompt, f.points());
            return switch (type) {
                case "multichoice" -> MoodleKinds.multichoice(f, h);
                case "truefalse" -> MoodleKinds.trueFalse(f, h);
                case "shortanswer" -> MoodleTyped.shortAnswer(f, h);
                case "numerical" -> MoodleTyped.numerical(f, h);
                case "ordering" -> MoodleKinds.ordering(f, h);
                default -> MoodleKinds.matching(f, h);
            };
        } catch (IllegalArgumentException e) {
            f.error("cannot be imported: " + e.getMessage() + "; left out");
            return Optional.empty();
        }
    }

    private static String kindName(String type) {
        return switch (type) {
            case "description" -> "description (text only)";
            case "essay" -> "essay";
            case "ddwtos", "ddimageortext", "ddmarker", "gapselect" -> "drag-and-drop or gap-select";
            case "random", "randomsamatch" -> "random";
            default -> "calculated";
        };
    }
}
