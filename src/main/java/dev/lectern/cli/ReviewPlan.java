package dev.lectern.cli;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.DueQuestion;
import dev.lectern.tui.ReviewQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a review offers: for each set with questions due whose file still loads, the due questions still in it
 * (in the set's order; a question whose content changed is still offered); where each set's file is; and a note for
 * every due question that cannot be offered (its set's file is gone or does not load, or the set no longer has it).
 */
record ReviewPlan(List<ReviewQueue.Part> parts, Map<String, Path> files, List<String> skipped) {
    ReviewPlan {
        parts = List.copyOf(parts);
        files = Map.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /**
     * The plan for {@code due}, the history's due questions: a set's file is the one recorded with its answers, or
     * else (none recorded, or not there any more) its name resolved against {@code workingDir}; {@code wanted}
     * picks the sets (by file) to review.
     */
    static ReviewPlan of(List<DueQuestion> due, Path workingDir, Predicate<Path> wanted) {
        Map<String, List<DueQuestion>> bySet = due.stream()
                .collect(Collectors.groupingBy(DueQuestion::setPath, LinkedHashMap::new, Collectors.toList()));
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        List<ReviewQueue.Part> parts = new ArrayList<>();
        Map<String, Path> files = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        bySet.forEach((setPath, questions) -> {
            Optional<Path> recorded = questions.stream().map(DueQuestion::setFile).flatMap(Optional::stream)
                    .filter(Files::isRegularFile).findFirst()
                    .or(() -> questions.stream().map(DueQuestion::setFile).flatMap(Optional::stream).findFirst());
            Path file = recorded.filter(Files::isRegularFile)
                    .orElse(workingDir.resolve(setPath).toAbsolutePath().normalize());
            if (!wanted.test(file)) {
                return;
            }
            String count = Words.count(questions.size(), "due question");
            if (!Files.isRegularFile(file)) {
                skipped.add(setPath + ": " + count + " not offered: the file is gone (" + recorded.orElse(file) + ")");
                return;
            }
            LoadResult loaded = loader.load(file, setPath);
            if (loaded.set().isEmpty()) {
                skipped.add(setPath + ": " + count + " not offered: the set cannot be used: "
                        + Words.errorsRunCheck(loaded, file.toString()));
                return;
            }
            QuestionSet set = loaded.set().get();
            Set<String> dueIds = questions.stream().map(DueQuestion::questionId).collect(Collectors.toSet());
            List<String> ids = set.questions().stream().map(Question::id).filter(dueIds::contains).toList();
            List<String> gone = questions.stream().map(DueQuestion::questionId).filter(id -> !ids.contains(id))
                    .toList();
            if (!gone.isEmpty()) {
                skipped.add(setPath + ": " + Words.count(gone.size(), "due question") + " no longer in the set: "
                        + String.join(", ", gone));
            }
            if (!ids.isEmpty()) {
                parts.add(new ReviewQueue.Part(setPath, set, ids));
                files.put(setPath, file);
            }
        });
        return new ReviewPlan(parts, files, skipped);
    }

    /** How many questions the review offers. */
    int questions() {
        return parts.stream().mapToInt(p -> p.questionIds().size()).sum();
    }

    /** The file of a set in the review, by its name in the history. */
    Path fileOf(String setPath) {
        Path file = files.get(setPath);
        if (file == null) {
            throw new IllegalArgumentException("not a set of this review: " + setPath);
        }
        return file;
    }
}
