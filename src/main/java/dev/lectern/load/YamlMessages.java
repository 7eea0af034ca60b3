package dev.lectern.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/** SnakeYAML's syntax errors, with the hint a teacher needs to fix the usual causes. */
final class YamlMessages {
    private static final Map<String, String> HINTS = new LinkedHashMap<>();

    static {
        HINTS.put("mapping values are not allowed", "a text that contains ': ' must be put in quotes");
        HINTS.put("cannot start any token", "indent with spaces, not tabs");
        HINTS.put("could not find expected ':'", "every key needs a ': ' after it");
        HINTS.put("expected <block end>", "check the indentation of this line against the lines above");
        HINTS.put("did not find expected key", "check the indentation of this line against the lines above");
        HINTS.put("did not find expected '-' indicator", "check the indentation of this list item");
        HINTS.put("unexpected end of stream", "a quoted text or a [list] is not closed");
        HINTS.put("found undefined alias", "an alias '*name' needs an anchor '&name' earlier in the file");
        HINTS.put("found duplicate anchor", "give each anchor '&name' a different name");
    }

    private YamlMessages() {
    }

    static String syntax(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem().strip();
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem);
        if (e.getContext() != null && e.getContextMark().isPresent()) {
            Pos at = Pos.of(e.getContextMark());
            message.append(" (").append(e.getContext().strip()).append(" at line ").append(at.line())
                    .append(", column ").append(at.column()).append(')');
        }
        HINTS.entrySet().stream().filter(h -> problem.contains(h.getKey()) || message.indexOf(h.getKey()) >= 0)
                .findFirst().ifPresent(h -> message.append("; ").append(h.getValue()));
        return message.toString();
    }
}
