package dev.lectern.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lectern.load.Problem;
import dev.lectern.model.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Prints problems the way compilers do ({@code file:line:col: error: message}, source line, caret) or as JSON. */
final class ProblemPrinter {
    private final int width;
    private String sourceFile;
    private SourceLines source;

    /** Source lines cut to the terminal's width, {@code COLUMNS} (default 80). */
    ProblemPrinter() {
        this(System.getenv());
    }

    ProblemPrinter(Map<String, String> env) {
        this(widthOf(env));
    }

    ProblemPrinter(int width) {
        this.width = width;
    }

    /** {@code COLUMNS} when it is a number, else 80. */
    static int widthOf(Map<String, String> env) {
        try {
            return Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /**
     * Text form; {@code files} maps a problem's file name to where its source lines can be read. Each problem's
     * line is shown cut to the width around its column ({@link SourceExcerpt}), so a file of one 20 MB line prints
     * a screen line per problem, not the 20 MB.
     */
    void printText(List<Problem> problems, Map<String, Path> files, PrintWriter out) {
        for (Problem p : problems) {
            out.println(p);
            if (!p.file().equals(sourceFile)) {
                sourceFile = p.file();
                source = SourceLines.of(files.get(p.file()));
            }
            source.line(p.pos().line())
                    .ifPresent(line -> printExcerpt(line, p.pos().column(), out));
        }
    }

    /**
     * Cut first, then escaped as the message is: a file's ESC or BEL is not the terminal's to obey. The caret goes
     * under the escaped text, which is longer where a control character stood before the column.
     */
    private void printExcerpt(String line, int column, PrintWriter out) {
        List<String> excerpt = SourceExcerpt.around(line, column, width);
        String shown = excerpt.get(0);
        int caretAt = excerpt.get(1).length() - 1; // the caret line has one character per code point before it
        int shownLength = shown.codePointCount(0, shown.length());
        String before = shown.substring(0, shown.offsetByCodePoints(0, Math.min(caretAt, shownLength)));
        StringBuilder caret = new StringBuilder();
        Printable.escape(before).codePoints().forEach(c -> caret.append(c == '\t' ? '\t' : ' '));
        caret.append(" ".repeat(Math.max(0, caretAt - shownLength)));
        out.println(Printable.escape(shown));
        out.println(caret.append('^'));
    }

    void printJson(List<Problem> problems, int files, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("files", files);
            json.writeNumberField(
                    "errors", problems.stream().filter(Problem::isError).count());
            json.writeNumberField(
                    "warnings", problems.stream().filter(p -> !p.isError()).count());
            json.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                json.writeStartObject();
                json.writeStringField("file", p.file());
                json.writeNumberField("line", p.pos().line());
                json.writeNumberField("column", p.pos().column());
                json.writeStringField("severity", p.severity().label());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
