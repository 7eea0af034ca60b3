package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.model.Printable;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes a question set as the YAML file {@link QuestionSetLoader} reads back to an equal set: the set's keys,
 * then each question with its type's keys, optionally after comment lines of its own ({@code # from sentence
 * 4.2}). Evidence is written as {@code { paragraph: N }}, {@code { sentence: "P.S" }} or {@code { paragraph: N,
 * quote: "…" }}; a question without evidence is written without it (the loader then warns). SnakeYAML's emitter
 * chooses the quoting of every value, so any text survives.
 */
public final class SetYamlWriter {
    /** The set-level keys, and comment lines for the top of the file (a {@code yaml-language-server} line). */
    public record SetInfo(
            String title,
            Optional<String> description,
            String articleName,
            boolean shuffle,
            OptionalDouble passMark,
            boolean negativeTotal,
            List<String> headerComments) {
        public SetInfo {
            headerComments = List.copyOf(headerComments);
        }

        /** A set with only a title and an article, the other keys at their defaults. */
        public static SetInfo of(String title, String articleName) {
            return new SetInfo(title, Optional.empty(), articleName, false, OptionalDouble.empty(), false, List.of());
        }

        public static SetInfo of(QuestionSet set) {
            return new SetInfo(
                    set.title(),
                    set.description(),
                    set.article().name(),
                    set.shuffle(),
                    set.passMark(),
                    set.negativeTotal(),
                    List.of());
        }

        public SetInfo withHeaderComments(List<String> comments) {
            return new SetInfo(title, description, articleName, shuffle, passMark, negativeTotal, comments);
        }
    }

    /** A question and the comment lines written above it, each without its {@code #}. */
    public record Entry(Question question, List<String> comments) {
        public Entry {
            comments = List.copyOf(comments);
        }

        public static Entry of(Question question) {
            return new Entry(question, List.of());
        }
    }

    private static final String QUESTIONS_KEY = "questions:";
    private static final String ITEM = "  - ";

    private SetYamlWriter() {}

    public static String write(QuestionSet set) {
        return write(
                SetInfo.of(set),
                set.article(),
                set.questions().stream().map(Entry::of).toList());
    }

    /** {@code article} locates the questions' evidence; its name is not used ({@code info} names the file). */
    public static String write(SetInfo info, Article article, List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a question set needs questions");
        }
        YamlNodes.Map root = new YamlNodes.Map();
        root.text("title", info.title());
        info.description().ifPresent(d -> root.text("description", d));
        root.text("article", info.articleName());
        if (info.shuffle()) {
            root.plain("shuffle", "true");
        }
        info.passMark().ifPresent(p -> root.plain("pass", YamlNodes.percent(p)));
        if (info.negativeTotal()) {
            root.plain("negative-total", "allowed");
        }
        QuestionYaml questions = new QuestionYaml(article);
        List<Node> items = new ArrayList<>();
        for (Entry e : entries) {
            items.add(questions.node(e.question()));
        }
        root.put("questions", new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK));
        String yaml = dump(root.node(FlowStyle.BLOCK));
        return comments(info.headerComments(), "") + withQuestionComments(yaml, entries);
    }

    /**
     * Puts each question's comments on the lines above its {@code - id:}. SnakeYAML's emitter writes a sequence
     * item's comments after the {@code -}, where they read as part of the question; a question starts at the
     * only lines indented by two spaces and a dash, since {@code questions:} is the last key of the set and its
     * items' own lines are indented further.
     */
    private static String withQuestionComments(String yaml, List<Entry> entries) {
        StringBuilder out = new StringBuilder(yaml.length());
        int question = -1;
        boolean inQuestions = false;
        for (String line : yaml.split("(?<=\n)", -1)) {
            if (line.startsWith(QUESTIONS_KEY)) {
                inQuestions = true;
            } else if (inQuestions && line.startsWith(ITEM)) {
                question++;
                out.append(comments(entries.get(question).comments(), "  "));
            }
            out.append(line);
        }
        if (question != entries.size() - 1) {
            throw new IllegalStateException(
                    "found " + (question + 1) + " questions in the YAML written for " + entries.size());
        }
        return out.toString();
    }

    /**
     * One comment line per line of text: a line break inside a comment would end it. Control characters (an ESC in
     * the name of the file imported) are written escaped: YAML allows none in a comment, and the set would not load.
     */
    private static String comments(List<String> lines, String indent) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            for (String part : Printable.escape(line).split("\\R", -1)) {
                sb.append(indent)
                        .append('#')
                        .append(part.isEmpty() ? "" : " " + part.stripTrailing())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String dump(Node root) {
        StringWriter text = new StringWriter();
        new Dump(YamlNodes.SETTINGS).dumpNode(root, new StreamDataWriter() {
            @Override
            public void write(String str) {
                text.write(str);
            }

            @Override
            public void write(String str, int off, int len) {
                text.write(str, off, len);
            }
        });
        return text.toString();
    }
}
