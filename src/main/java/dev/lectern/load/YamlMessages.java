package dev.lectern.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * SnakeYAML's syntax errors, with the hint a teacher needs to fix the usual causes. Where SnakeYAML notices a
 * mistake only lines later (an unclosed quote at the end of the file, a key without ':' on the next line), the
 * error is placed where the mistake is. Some hints look at the line itself: a bare key before an unexpected
 * ':' means over-indentation, a closing quote before unexpected text means a badly quoted value.
 */
final class YamlMessages {
    /** A message and the place it belongs. */
    record Located(Pos pos, String message) {}

    private static final String INDENTATION = "check the indentation of this line against the lines above";
    private static final Map<String, String> HINTS = new LinkedHashMap<>();
    private static final Map<String, String> CONTEXT_HINTS = new LinkedHashMap<>();

    static {
        HINTS.put("could not find expected ':'", "every key needs a ': ' after it");
        HINTS.put("expected ',' or ']'", "close the [list] with ']', and put an item that contains ': ' in quotes");
        HINTS.put("expected ',' or '}'", "close the { } with '}', and put a value that contains ': ' in quotes");
        HINTS.put("expected <block end>", INDENTATION);
        HINTS.put("expected '<document start>'", INDENTATION);
        HINTS.put("did not find expected key", INDENTATION);
        HINTS.put("did not find expected '-' indicator", "check the indentation of this list item");
        HINTS.put("unexpected end of stream", "a quoted text or a [list] is not closed");
        HINTS.put(
                "found undefined alias",
                "a value that starts with '*' is read as an alias of an anchor '&name'"
                        + " earlier in the file; put a text that starts with '*' in quotes");
        HINTS.put("found duplicate anchor", "give each anchor '&name' a different name");
        HINTS.put(
                "found unknown escape character",
                "inside \"…\" a backslash starts an escape: write \\\\ for a" + " backslash, or use '…' quotes");
        HINTS.put(
                "sequence entries are not allowed here",
                "start a list on the line after its key, each item on its"
                        + " own line with '- ', or write it as [first, second]");
        HINTS.put("(TAB)", "indent with spaces, not tabs");
        CONTEXT_HINTS.put(
                "while scanning an alias",
                "a value that starts with '*' is read as an alias; put a text" + " that starts with '*' in quotes");
        CONTEXT_HINTS.put(
                "while scanning an anchor",
                "a value that starts with '&' is read as an anchor; put a text" + " that starts with '&' in quotes");
        CONTEXT_HINTS.put(
                "while scanning a block scalar",
                "a value that starts with '|' or '>' is a block of text on"
                        + " the lines below; put a text that starts with '|' or '>' in quotes");
        CONTEXT_HINTS.put(
                "while scanning a tag",
                "a value that starts with '!' is read as a YAML tag; put a text" + " that starts with '!' in quotes");
    }

    private YamlMessages() {}

    static Located syntax(MarkedYamlEngineException e, String source) {
        // SnakeYAML skips a byte-order mark without counting it as a column.
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String problem =
                e.getProblem() == null ? "unreadable YAML" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        Pos at = Pos.of(e.getProblemMark());
        Optional<Pos> contextAt =
                context.isEmpty() ? Optional.empty() : e.getContextMark().map(YamlMessages::pos);
        if (contextAt.isPresent()
                && context.equals("while scanning a quoted scalar")
                && problem.contains("end of stream")) {
            String quote = charAt(text, contextAt.get());
            return new Located(
                    contextAt.get(),
                    "YAML syntax error: the quoted text that starts here with " + quote
                            + " is not closed before the end of the file; add the closing " + quote);
        }
        if (contextAt.isPresent()
                && context.equals("while scanning a simple key")
                && problem.contains("could not find expected ':'")) {
            return new Located(
                    contextAt.get(),
                    "YAML syntax error: could not find the ':' after this key;" + " every key needs a ': ' after it");
        }
        if (problem.startsWith("expected ',' or") || problem.startsWith("expected <block end>")) {
            Optional<Located> inner = innerQuote(text, at);
            if (inner.isPresent()) {
                return inner.get();
            }
        }
        if (problem.contains("cannot start any token")) {
            String c = charAt(text, at);
            return new Located(
                    at,
                    problem.contains("(TAB)")
                            ? "YAML syntax error: found a tab where YAML expects indentation; indent with spaces, not tabs"
                            : "YAML syntax error: found " + c
                                    + " that cannot start a value; put a value that starts with " + c + " in quotes");
        }
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem);
        contextAt.ifPresent(c -> message.append(" (")
                .append(context)
                .append(" at line ")
                .append(c.line())
                .append(", column ")
                .append(c.column())
                .append(')'));
        hint(problem, text, at)
                .or(() -> CONTEXT_HINTS.entrySet().stream()
                        .filter(h -> context.equals(h.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst())
                .ifPresent(h -> message.append("; ").append(h));
        return new Located(at, message.toString());
    }

    private static Optional<String> hint(String problem, String text, Pos at) {
        String before = lineBefore(text, at).stripTrailing();
        if (problem.contains("mapping values are not allowed")) {
            String key = before.strip();
            if (key.isEmpty() || key.contains(": ") || key.startsWith("-")) {
                return Optional.of("a text that contains ': ' must be put in quotes");
            }
            Optional<String> above = lineAbove(text, at.line());
            if (above.isPresent() && indent(before) <= indent(above.get())) {
                return Optional.of("the line above has no ': ' after its key, so this line reads as more of its"
                        + " text; every key needs a ': ' after it");
            }
            return Optional.of("this line is indented further than the key above it, so it reads as more of that"
                    + " key's value; line it up with the keys above");
        }
        if (problem.startsWith("expected <block end>") && (before.endsWith("\"") || before.endsWith("'"))) {
            return Optional.of("the value goes on after its closing quote; put the whole value in quotes (inside"
                    + " '…' write ' as ''), or close a quote left open on a line above");
        }
        if (problem.equals("expected <block end>, but found '<scalar>'")
                && (before.endsWith("]") || before.endsWith("}"))) {
            return Optional.of("the value goes on after a closing bracket: a value that starts with '[' or '{' is"
                    + " read as a list or mapping, so put a text that starts with it in quotes");
        }
        if (problem.startsWith("expected <block end>") && (problem.endsWith("']'") || problem.endsWith("'}'"))) {
            return Optional.of("this bracket closes nothing; remove it");
        }
        return HINTS.entrySet().stream()
                .filter(h -> problem.contains(h.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static Optional<Located> innerQuote(String text, Pos at) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (at.line() > lines.length) {
            return Optional.empty();
        }
        return InnerQuote.find(
                lines[at.line() - 1], at.line(), lineBefore(text, at).length());
    }

    /** The nearest line above {@code line} that is neither blank nor a comment. */
    private static Optional<String> lineAbove(String text, int line) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = Math.min(line - 1, lines.length) - 1; i >= 0; i--) {
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return Optional.of(lines[i]);
            }
        }
        return Optional.empty();
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static Pos pos(Mark mark) {
        return new Pos(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The text of line {@code at.line()} before column {@code at.column()} (columns count code points). */
    private static String lineBefore(String text, Pos at) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (at.line() > lines.length) {
            return "";
        }
        String line = lines[at.line() - 1];
        int columns = line.codePointCount(0, line.length());
        return line.substring(0, line.offsetByCodePoints(0, Math.min(at.column() - 1, columns)));
    }

    /** The character at a position, quoted for a message: {@code '@'}, {@code "}. */
    private static String charAt(String text, Pos at) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        String line = at.line() <= lines.length ? lines[at.line() - 1] : "";
        String before = lineBefore(text, at);
        if (before.length() >= line.length()) {
            return "a character";
        }
        String c = new String(Character.toChars(line.codePointAt(before.length())));
        return c.equals("'") ? "\"'\"" : "'" + c + "'";
    }
}
