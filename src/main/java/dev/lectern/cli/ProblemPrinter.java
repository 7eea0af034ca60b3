package dev.lectern.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lectern.load.Problem;
import dev.lectern.model.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints problems the way compilers do ({@code file:line:col: error: message}, source line, caret) or as JSON. */
final class ProblemPrinter {
    private final Map<String, List<String>> sources = new HashMap<>();

    /** Text form; {@code files} maps a problem's file name to where its source lines can be read. */
    void printText(List<Problem> problems, Map<String, Path> files, PrintWriter out) {
        for (Problem p : problems) {
            out.println(p);
            List<String> lines = sources.computeIfAbsent(p.file(), f -> lines(files.get(f)));
            if (p.pos().line() <= lines.size()) {
                // Escaped as the message is: a file's ESC or BEL is not the terminal's to obey. The caret goes
                // under the escaped text, which is longer where a control character stood before the column.
                String line = lines.get(p.pos().line() - 1);
                String before = line.substring(0, line.offsetByCodePoints(0, Math.min(p.pos().column() - 1,
                        line.codePointCount(0, line.length()))));
                String shownBefore = Printable.escape(before);
                String shown = Printable.escape(line);
                out.println(shown);
                out.println(caretUnder(shown, shownBefore.codePointCount(0, shownBefore.length()) + 1));
            }
        }
    }

    /** Spaces up to the column, keeping tabs so the caret lines up in a terminal. */
    static String caretUnder(String line, int column) {
        StringBuilder sb = new StringBuilder();
        int cp = 0;
        for (int i = 0; i < line.length() && cp < column - 1; i += Character.charCount(line.codePointAt(i)), cp++) {
            sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return sb.append('^').toString();
    }

    private static List<String> lines(Path file) {
        if (file == null) {
            return List.of();
        }
        try {
            // Lenient decoding on purpose: a file with a bad byte still shows its lines.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    void printJson(List<Problem> problems, int files, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("files", files);
            json.writeNumberField("errors", problems.stream().filter(Problem::isError).count());
            json.writeNumberField("warnings", problems.stream().filter(p -> !p.isError()).count());
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
