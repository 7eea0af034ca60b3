package dev.lectern.interchange.moodle;

import dev.lectern.article.Article;
import dev.lectern.interchange.xml.GeneralFeedback;
import dev.lectern.interchange.xml.HtmlText;
import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * One {@code <question>} element being read: its text fields in plain text whatever their format, its header
 * (id, prompt, explanation and evidence, hint, points), and the problems found in it, each at its position and
 * naming the question.
 */
final class MoodleFields {
    private final String file;
    private final Element question;
    private final Optional<Article> article;
    private final List<Problem> problems;
    private final String name;

    MoodleFields(String file, Element question, Optional<Article> article, List<Problem> problems) {
        this.file = file;
        this.question = question;
        this.article = article;
        this.problems = problems;
        this.name = child("name").map(n -> textChild(n).strip()).orElse("");
    }

    Element element() {
        return question;
    }

    String type() {
        return question.getAttribute("type");
    }

    /** How messages name the question: its {@code <name>}, else its type. */
    String label() {
        return name.isEmpty() ? "the " + type() + " question" : "question " + Quoted.of(name);
    }

    String name() {
        return name;
    }

    Pos pos() {
        return XmlDocument.position(question);
    }

    void warn(String message) {
        problems.add(new Problem(file, pos(), Severity.WARNING, label() + ": " + message));
    }

    void warn(Element at, String message) {
        problems.add(new Problem(file, XmlDocument.position(at), Severity.WARNING, label() + ": " + message));
    }

    void error(String message) {
        problems.add(new Problem(file, pos(), Severity.ERROR, label() + ": " + message));
    }

    Optional<Element> child(String name) {
        return XmlDocument.child(question, name);
    }

    List<Element> children(String name) {
        return XmlDocument.children(question, name);
    }

    /** The plain-text value of a simple child such as {@code <usecase>1</usecase>}. */
    Optional<String> value(String name) {
        return child(name).map(e -> e.getTextContent().strip());
    }

    /** The raw content of an element's {@code <text>} child (or of the element itself, as old files have it). */
    static String textChild(Element e) {
        return XmlDocument.child(e, "text").map(Element::getTextContent).orElse(e.getTextContent());
    }

    /** The plain text of a field with a {@code format} attribute and a {@code <text>} child. */
    static String plain(Element field, String defaultFormat) {
        String format =
                field.hasAttribute("format") ? field.getAttribute("format").strip() : defaultFormat;
        String raw = textChild(field);
        return isHtml(format) ? HtmlText.toPlain(raw) : HtmlText.collapse(raw);
    }

    /** Moodle's auto-format and HTML may hold markup; plain text, Markdown and wiki text are read as written. */
    static boolean isHtml(String format) {
        return format.equals("html") || format.equals("moodle_auto_format") || format.isEmpty();
    }

    String questionFormat() {
        return child("questiontext").map(e -> e.getAttribute("format").strip()).orElse("html");
    }

    /** The question's text in plain text; an image or other media in it is named in a warning. */
    String questionText() {
        Optional<Element> field = child("questiontext");
        if (field.isPresent() && isHtml(questionFormat())) {
            for (String dropped : dev.lectern.interchange.HtmlText.toPlain(textChild(field.get()))
                    .dropped()) {
                warn(
                        field.get(),
                        "the " + dropped + " in the question text is left out (Lectern shows text only;"
                                + " its description, if any, is kept)");
            }
        }
        child("image")
                .filter(i -> !i.getTextContent().isBlank())
                .ifPresent(i -> warn(
                        i, "the image \"" + i.getTextContent().strip() + "\" is left out (Lectern shows text only)"));
        return field.map(e -> plain(e, "html")).orElse("");
    }

    /** The field's plain text, or empty when absent or blank. */
    Optional<String> field(String name) {
        return child(name).map(e -> plain(e, questionFormat())).filter(s -> !s.isBlank());
    }

    /** Points: {@code <defaultgrade>}, 1 when absent. */
    double points() {
        Optional<String> grade = value("defaultgrade");
        if (grade.isEmpty()) {
            return 1;
        }
        try {
            double p = Double.parseDouble(grade.get());
            if (p > 0 && p <= 1000) {
                return p;
            }
            warn(
                    child("defaultgrade").get(),
                    "a default grade of " + grade.get() + " cannot be Lectern's points"
                            + " (above 0, at most 1000); 1 point instead");
        } catch (NumberFormatException e) {
            warn(
                    child("defaultgrade").get(),
                    "the default grade " + Quoted.of(grade.get()) + " is not a number; 1 point instead");
        }
        return 1;
    }

    /** The header with {@code prompt}; the id is settled later, when the whole file's ids are known. */
    QuestionHeader header(String id, String prompt, double points) {
        GeneralFeedback.Parts general = GeneralFeedback.parse(
                child("generalfeedback").map(e -> plain(e, questionFormat())).orElse(""), article);
        for (String lost : general.notFound()) {
            warn(
                    child("generalfeedback").get(),
                    "the evidence " + Quoted.of(lost) + " is not in the article; kept in the" + " explanation");
        }
        List<String> hints = new ArrayList<>();
        for (Element h : children("hint")) {
            String text = plain(h, questionFormat());
            if (!text.isBlank()) {
                hints.add(text);
            }
        }
        if (hints.size() > 1) {
            warn(
                    children("hint").get(1),
                    "Lectern keeps one hint; " + (hints.size() - 1) + " later hint(s) are" + " joined to the first");
        }
        Optional<String> hint = hints.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", hints));
        return new QuestionHeader(id, prompt, general.evidence(), general.explain(), hint, points);
    }

    /** The {@code <idnumber>}, when it is already a valid Lectern id. */
    Optional<String> idnumber() {
        return value("idnumber").filter(s -> QuestionHeader.ID.matcher(s).matches());
    }
}
