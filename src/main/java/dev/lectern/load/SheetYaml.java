package dev.lectern.load;

import dev.lectern.model.Quoted;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML answer sheets, one per document ({@code ---} between them), one document at a time. Values keep
 * the text the sheet wrote ({@code no} stays "no", {@code 010} stays "010"); a list is joined with {@code ;}
 * and a mapping (for {@code match}) becomes {@code left = right} pairs, as a learner would type them.
 */
public final class SheetYaml {
    /** One document: the student and answers as written, their positions, and what is wrong with it. */
    public record Doc(
            Pos pos,
            Optional<String> student,
            Map<String, String> answers,
            Map<String, Pos> answerPos,
            List<Problem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private SheetYaml() {}

    /**
     * The documents of {@code reader}, read lazily. A YAML syntax error ends the stream with one last document
     * holding that error: nothing after it can be read reliably. Input past one of the {@link Limits} (a line or
     * a sheet longer than {@link Limits#MAX_SHEET_CHARS}, nesting deeper than {@link Limits#MAX_DEPTH}) throws
     * {@link UncheckedIOException} around a {@link LimitExceeded} from {@code hasNext} or {@code next}.
     */
    public static Iterator<Doc> read(Reader reader, String shownName) {
        Reader bounded = LineLimitReader.yamlDocuments(
                reader,
                shownName,
                Limits.MAX_SHEET_CHARS,
                "YAML answer sheets",
                "is this really a file of answer sheets? Each sheet is a 'student:' and its 'answers:', with a"
                        + " line '---' between sheets");
        LoadSettings settings = LoadSettings.builder()
                .setLabel(shownName)
                .setCodePointLimit(
                        Integer.MAX_VALUE) // LineLimitReader bounds each document, SnakeYAML only between tokens
                .setBufferSize(1 << 16) // fewer of SnakeYAML's copies of a long token (see YamlSource.bufferSize)
                .setMaxAliasesForCollections(Limits.MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true)
                .setAllowNonScalarKeys(true)
                .build();
        Iterator<Node> nodes =
                DepthLimitedParser.composer(settings, bounded, "a YAML answer sheet", "a sheet needs three");
        return new Iterator<>() {
            private Doc next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    try {
                        if (!nodes.hasNext()) {
                            done = true;
                        } else {
                            Node node = nodes.next();
                            if (node != null && !isEmpty(node)) {
                                next = doc(node, shownName);
                            }
                        }
                    } catch (YamlEngineException e) {
                        done = true;
                        if (e.getCause() instanceof LimitExceeded limit) {
                            throw new UncheckedIOException(limit);
                        }
                        next = syntax(e, shownName);
                    }
                }
                return next != null;
            }

            @Override
            public Doc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Doc d = next;
                next = null;
                return d;
            }
        };
    }

    /** An empty document (a stray {@code ---} or a trailing one) is no sheet. */
    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode s && s.getValue().isEmpty();
    }

    private static Doc syntax(YamlEngineException e, String file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotUtf8Exception n) {
                // Not a YAML mistake: the bytes are in another encoding, and the message says which.
                return new Doc(n.problem().pos(), Optional.empty(), Map.of(), Map.of(), List.of(n.problem()));
            }
        }
        Pos pos = Pos.START;
        String message = e.getMessage();
        if (e instanceof MarkedYamlEngineException m) {
            pos = Pos.of(m.getProblemMark());
            message = m.getProblem();
        }
        return new Doc(
                pos,
                Optional.empty(),
                Map.of(),
                Map.of(),
                List.of(new Problem(
                        file,
                        pos,
                        Severity.ERROR,
                        "not valid YAML: " + message + "; the sheets after this point cannot be read")));
    }

    private static Doc doc(Node root, String file) {
        Pos pos = Pos.of(root);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, Pos> answerPos = new LinkedHashMap<>();
        Optional<String> student = Optional.empty();
        if (!(root instanceof MappingNode map)) {
            problems.add(error(
                    file,
                    pos,
                    "a sheet must be a mapping with 'student:' and 'answers:'; found " + Scalar.describe(root)));
            return new Doc(pos, student, answers, answerPos, problems);
        }
        boolean sawAnswers = false;
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Pos keyPos = Pos.of(t.getKeyNode());
            switch (key) {
                case "student" -> {
                    if (t.getValueNode() instanceof ScalarNode s
                            && !s.getValue().isBlank()) {
                        student = Optional.of(s.getValue().strip());
                    } else {
                        problems.add(error(file, Pos.of(t.getValueNode()), "'student' must be a name"));
                    }
                }
                case "answers" -> {
                    sawAnswers = true;
                    Node value = t.getValueNode();
                    if (value instanceof MappingNode answerMap) {
                        for (NodeTuple a : answerMap.getValue()) {
                            Pos at = Pos.of(a.getKeyNode());
                            if (!(a.getKeyNode() instanceof ScalarNode id)) {
                                problems.add(error(file, at, "a question id must be a single value"));
                                continue;
                            }
                            Optional<String> text = answer(a.getValueNode());
                            if (text.isEmpty()) {
                                problems.add(error(
                                        file,
                                        Pos.of(a.getValueNode()),
                                        "the answer to " + Quoted.of(id.getValue())
                                                + " must be a text, a list of texts or 'left: right' pairs"));
                                continue;
                            }
                            if (answers.put(id.getValue(), text.get()) != null) {
                                problems.add(error(
                                        file,
                                        at,
                                        "question " + Quoted.of(id.getValue())
                                                + " is answered twice in this sheet (first on line "
                                                + answerPos.get(id.getValue()).line() + ")"));
                            }
                            answerPos.putIfAbsent(id.getValue(), at);
                        }
                    } else if (!(value instanceof ScalarNode s && s.getValue().isEmpty())) {
                        problems.add(error(
                                file,
                                Pos.of(value),
                                "'answers' must be a mapping of question id to" + " answer; found "
                                        + Scalar.describe(value)));
                    }
                }
                default ->
                    problems.add(error(
                            file,
                            keyPos,
                            "unknown key " + Quoted.of(key) + " in a sheet; a sheet has 'student' and 'answers'"));
            }
        }
        if (student.isEmpty() && problems.isEmpty()) {
            problems.add(error(file, pos, "the sheet has no 'student:'"));
        }
        if (!sawAnswers && problems.isEmpty()) {
            problems.add(error(file, pos, "the sheet has no 'answers:'"));
        }
        return new Doc(pos, student, answers, answerPos, problems);
    }

    /** The answer as typed: a text; a list joined with "; "; pairs as "left = right; …". Empty when nested. */
    private static Optional<String> answer(Node node) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        List<String> parts = new ArrayList<>();
        if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    return Optional.empty();
                }
                parts.add(s.getValue());
            }
        } else if (node instanceof MappingNode pairs) {
            for (NodeTuple p : pairs.getValue()) {
                if (!(p.getKeyNode() instanceof ScalarNode l) || !(p.getValueNode() instanceof ScalarNode r)) {
                    return Optional.empty();
                }
                parts.add(l.getValue() + " = " + r.getValue());
            }
        }
        return Optional.of(String.join("; ", parts));
    }

    private static Problem error(String file, Pos pos, String message) {
        return new Problem(file, pos, Severity.ERROR, message);
    }
}
