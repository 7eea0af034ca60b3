package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.Quoted;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Loads a question set from YAML and proves it against its article. Returns the set, or every problem found
 * with its position: never only the first, never an exception for bad input.
 */
public final class QuestionSetLoader {
    static final List<String> SET_KEYS = List.of(
            "title",
            "description",
            "article",
            "questions",
            "shuffle",
            "pass",
            "match",
            "case",
            "typo-credit",
            "penalty",
            "negative-total");

    /**
     * From this size on, the article a file names on a line of its own ({@code article: name.txt}) is read while
     * the file is parsed ({@link ArticleLibrary#prefetch}); a small file parses sooner than a thread starts.
     */
    static final int PREFETCH_FROM_CHARS = 64 * 1024;

    private static final Pattern ARTICLE_LINE = Pattern.compile(
            "^article:[ \\t]+(?:\"([\\w./ -]+)\"|'([\\w./ -]+)'|([\\w./-]+))[ \\t]*\r?$", Pattern.MULTILINE);

    private final ArticleLibrary articles;
    private final QuestionList.Plan plan;

    public QuestionSetLoader(ArticleLibrary articles) {
        this(articles, QuestionList.Plan.forMachine());
    }

    /** Reading a large set's questions on threads as {@code plan} says (tests force it on small sets). */
    QuestionSetLoader(ArticleLibrary articles, QuestionList.Plan plan) {
        this.articles = articles;
        this.plan = plan;
    }

    /** Loads {@code file}, naming it {@code shownName} in problems (the path as the user typed it). */
    public LoadResult load(Path file, String shownName) {
        Problems problems = new Problems(shownName);
        try {
            SourceFile.Read read = SourceFile.read(file, "the file", "split it into several sets");
            if (!read.ok()) {
                problems.refuse(Pos.START, read.refusal());
                return result(problems, Optional.empty());
            }
            Utf8.Decoded text = Utf8.decode(read.bytes());
            if (!text.ok()) {
                Utf8.BadByte bad = text.badByte();
                problems.error(
                        new Pos(bad.line(), bad.byteInLine()),
                        "not valid UTF-8: " + bad.describe() + "; save the file as UTF-8");
                return result(problems, Optional.empty());
            }
            Path dir = file.toAbsolutePath().getParent();
            return loadText(text.text(), dir, problems);
        } catch (NoSuchFileException e) {
            problems.error(Pos.START, "file not found");
        } catch (IOException e) {
            problems.error(Pos.START, "cannot read the file: " + e.getMessage());
        }
        return result(problems, Optional.empty());
    }

    /** Loads YAML text as if it were a file named {@code shownName} in folder {@code dir}. */
    public LoadResult load(String text, Path dir, String shownName) {
        return loadText(text, dir, new Problems(shownName));
    }

    private LoadResult loadText(String text, Path dir, Problems problems) {
        ArticleLibrary.Prefetch prefetch = prefetch(text, dir);
        try {
            return loadText(text, dir, problems, prefetch);
        } finally {
            prefetch.await();
        }
    }

    /**
     * The article of a large file read ahead, when a line of the file names it simply; a guess, which the set's
     * own {@code article} must match for it to be used ({@link ArticleLibrary.Prefetch#find}).
     */
    private ArticleLibrary.Prefetch prefetch(String text, Path dir) {
        if (text.length() < PREFETCH_FROM_CHARS) {
            return ArticleLibrary.Prefetch.NONE;
        }
        Matcher line = ARTICLE_LINE.matcher(text);
        if (!line.find()) {
            return ArticleLibrary.Prefetch.NONE;
        }
        String name = line.group(1) != null ? line.group(1) : line.group(2) != null ? line.group(2) : line.group(3);
        return articles.prefetch(name, dir);
    }

    private LoadResult loadText(String text, Path dir, Problems problems, ArticleLibrary.Prefetch prefetch) {
        Optional<Pos> overLong = SourceFile.overLongLine(text);
        if (overLong.isPresent()) {
            problems.refuse(
                    overLong.get(),
                    SourceFile.overLongLineMessage(
                            overLong.get(),
                            "a question file",
                            "write the set with one key a line (YAML's block style, as in questions/), not as one long line"));
            return result(problems, Optional.empty());
        }
        Optional<Node> root = YamlSource.read(text, problems);
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(Pos.START, "the file is empty; a question set needs 'title', 'article' and 'questions'");
            }
            return result(problems, Optional.empty());
        }
        Optional<YamlMap> map = YamlMap.of(root.get(), "a question set", problems);
        if (map.isEmpty()) {
            return result(problems, Optional.empty());
        }
        return result(problems, readSet(map.get(), dir, problems, prefetch));
    }

    private Optional<QuestionSet> readSet(YamlMap map, Path dir, Problems problems, ArticleLibrary.Prefetch prefetch) {
        map.allowOnly(SET_KEYS, "the set");
        String owner = "the set";
        Optional<Scalar> title = map.requiredText("title", owner, "a title for learners");
        Optional<String> description = map.text("description").map(Scalar::text);
        Optional<Article> article = map.requiredText("article", owner, "the article's file name, e.g. in seeds/")
                .flatMap(name -> article(name, dir, problems, prefetch));
        boolean shuffle = map.text("shuffle")
                .map(s -> SetOptions.bool(s, "shuffle", problems))
                .orElse(false);
        OptionalDouble pass =
                map.text("pass").map(s -> SetOptions.passMark(s, problems)).orElse(OptionalDouble.empty());
        boolean negativeTotal = map.text("negative-total")
                .map(s -> SetOptions.negativeTotal(s, problems))
                .orElse(false);
        SetOptions.Defaults defaults = SetOptions.defaults(map, problems);
        LoadContext ctx = new LoadContext(
                problems, article, article.map(articles::quotes), article.map(articles::sentenceIndex), defaults);
        List<Question> questions = readQuestions(map, ctx, problems);
        if (problems.hasErrors() || title.isEmpty() || article.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuestionSet(
                title.get().text(), description, article.get(), questions, shuffle, pass, negativeTotal));
    }

    private Optional<Article> article(Scalar name, Path dir, Problems problems, ArticleLibrary.Prefetch prefetch) {
        ArticleLibrary.Found found = prefetch.find(articles, name.text(), dir);
        if (!found.ok() && found.unreadable()) {
            problems.refuse(name.pos(), found.error());
        } else if (!found.ok()) {
            problems.error(name.pos(), found.error());
        } else if (found.article().paragraphCount() == 0) {
            // Said once here, rather than "paragraph 1 does not exist" at every question.
            problems.error(name.pos(), "article " + Quoted.of(name.text()) + " has no text");
            return Optional.empty();
        } else {
            found.warning().ifPresent(w -> problems.warning(name.pos(), w));
        }
        return Optional.ofNullable(found.article());
    }

    private List<Question> readQuestions(YamlMap map, LoadContext ctx, Problems problems) {
        Optional<Node> node = map.node("questions");
        if (node.isEmpty()) {
            map.missing("questions", "the set", "a list of questions");
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode list)) {
            problems.error(Pos.of(node.get()), "'questions' must be a list of questions, each starting with '- id:'");
            return List.of();
        }
        if (list.getValue().isEmpty()) {
            problems.error(Pos.of(list), "'questions' is an empty list; a set needs at least one question");
            return List.of();
        }
        return new QuestionList(ctx, plan).read(list.getValue());
    }

    private static LoadResult result(Problems problems, Optional<QuestionSet> set) {
        return new LoadResult(
                problems.file(),
                problems.hasErrors() ? Optional.empty() : set,
                problems.toList(),
                problems.unreadable());
    }
}
