package dev.lectern.load;

import dev.lectern.model.Quoted;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A {@code --columns MAP.yaml} file: which column of an export answers which question, for the export Lectern
 * cannot read by itself.
 * <pre>
 * student: [First name, Surname]      # or one header
 * columns:
 *   "Q3 (who leads?)": delegation-lead
 *   "Rank the events [Trump speaks]": road-to-istanbul [c]
 *   "Comments": ignore
 * </pre>
 */
public final class ColumnMapFile {
    /** The name columns (empty: guess), header to target ({@code id}, {@code id [row]}, {@code ignore}), problems. */
    public record Columns(List<String> student, Map<String, String> columns, List<Problem> problems) {
        public Columns {
            student = List.copyOf(student);
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            problems = List.copyOf(problems);
        }
    }

    private ColumnMapFile() {}

    public static Columns read(Path file, String shown) {
        try {
            SourceFile.Read read =
                    SourceFile.read(file, "the column map " + shown, "a column map needs a line a" + " column");
            if (!read.ok()) {
                return failed(shown, Pos.START, read.refusal());
            }
            // In the encoding a byte-order mark names (UTF-8, UTF-16), as answer files are; else strict UTF-8.
            String text;
            try (java.io.Reader reader = TextDecoding.open(new java.io.ByteArrayInputStream(read.bytes()), shown)) {
                StringBuilder all = new StringBuilder(read.bytes().length);
                char[] chunk = new char[1 << 16];
                for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
                    all.append(chunk, 0, n);
                }
                text = all.toString();
            } catch (NotUtf8Exception e) {
                return new Columns(List.of(), Map.of(), List.of(e.problem()));
            }
            Optional<Pos> overLong = SourceFile.overLongLine(text);
            if (overLong.isPresent()) {
                return failed(
                        shown,
                        overLong.get(),
                        SourceFile.overLongLineMessage(
                                overLong.get(), "a column map", "write one \"column header\": question-id a line"));
            }
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(shown)
                    .setMaxAliasesForCollections(Limits.MAX_ALIASES)
                    .setAllowRecursiveKeys(false)
                    .build();
            Composer nodes =
                    DepthLimitedParser.composer(settings, new StringReader(text), "a column map", "a map needs two");
            Node root = nodes.hasNext() ? nodes.next() : null;
            return root == null
                    ? new Columns(
                            List.of(),
                            Map.of(),
                            List.of(
                                    error(
                                            shown,
                                            Pos.START,
                                            "the column map is empty; it needs 'columns:', a mapping of column header to question id")))
                    : read(root, shown);
        } catch (NoSuchFileException e) {
            return failed(shown, Pos.START, "no such file: " + shown);
        } catch (IOException e) {
            return failed(shown, Pos.START, "cannot read " + shown + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            return e.getCause() instanceof LimitExceeded limit
                    ? failed(shown, limit.pos(), limit.getMessage())
                    : failed(
                            shown,
                            Pos.START,
                            "cannot read " + shown + ": " + e.getCause().getMessage());
        } catch (MarkedYamlEngineException e) {
            return failed(shown, Pos.of(e.getProblemMark()), "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            return failed(shown, Pos.START, "not valid YAML: " + e.getMessage());
        }
    }

    private static Columns read(Node root, String file) {
        List<Problem> problems = new ArrayList<>();
        List<String> student = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        if (!(root instanceof MappingNode map)) {
            return failed(file, Pos.of(root), "a column map is a mapping with 'columns:' (and 'student:')");
        }
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Node value = t.getValueNode();
            switch (key) {
                case "student" -> {
                    if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
                        student.add(s.getValue());
                    } else if (value instanceof SequenceNode list
                            && list.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
                        list.getValue().forEach(n -> student.add(((ScalarNode) n).getValue()));
                    } else {
                        problems.add(error(file, Pos.of(value), "'student' is a column header or a list of them"));
                    }
                }
                case "columns" -> {
                    if (!(value instanceof MappingNode pairs)) {
                        problems.add(error(
                                file, Pos.of(value), "'columns' is a mapping of column header to" + " question id"));
                        continue;
                    }
                    for (NodeTuple p : pairs.getValue()) {
                        if (p.getKeyNode() instanceof ScalarNode h
                                && p.getValueNode() instanceof ScalarNode id
                                && !id.getValue().isBlank()) {
                            columns.put(h.getValue(), id.getValue());
                        } else {
                            problems.add(error(
                                    file,
                                    Pos.of(p.getKeyNode()),
                                    "each entry of 'columns' is" + " \"column header\": question-id (or: ignore)"));
                        }
                    }
                }
                default ->
                    problems.add(error(
                            file,
                            Pos.of(t.getKeyNode()),
                            "unknown key " + Quoted.of(key)
                                    + " in a column map; it has 'columns' and 'student'"
                                    + DidYouMean.hint(key, List.of("columns", "student"))));
            }
        }
        return new Columns(student, columns, problems);
    }

    private static Columns failed(String file, Pos pos, String message) {
        return new Columns(List.of(), Map.of(), List.of(error(file, pos, message)));
    }

    private static Problem error(String file, Pos pos, String message) {
        return new Problem(file, pos, Severity.ERROR, message);
    }
}
