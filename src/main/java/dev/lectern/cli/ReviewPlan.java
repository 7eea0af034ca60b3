package dev.lectern.cli;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.DueQuestion;
import dev.lectern.store.SetRef;
import dev.lectern.tui.ReviewQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a review offers: for each set with questions due whose file still loads, the due questions still in it
 * (in the set's order; a question whose content changed is still offered); where each set's file is; and a note for
 * every due question that cannot be offered (its set's file is gone or does not load, or the set no longer has it).
 */
record ReviewPlan(List<ReviewQueue.Part> parts, Map<String, SetRef> sets, List<String> skipped) {
    ReviewPlan {
        parts = List.copyOf(parts);
        sets = Map.copyOf(sets);
        skipped = List.copyOf(skipped);
    }

    /**
     * The plan for {@code due}, the history's due questions: a set's file is its key, or (a set recorded before its
     * file was, under a name) that name resolved against {@code workingDir}; {@code wanted} picks the sets (by
     * file, links resolved) to review. Each set is shown under the name it was last given.
     */
    static ReviewPlan of(List<DueQuestion> due, Path workingDir, Predicate<Path> wanted) {
        Map<SetRef, List<DueQuestion>> bySet =
                due.stream().collect(Collectors.groupingBy(DueQuestion::set, LinkedHashMap::new, Collectors.toList()));
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        List<ReviewQueue.Part> parts = new ArrayList<>();
        Map<String, SetRef> sets = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        bySet.forEach((recorded, questions) -> {
            SetRef ref = recorded.file().isPresent() ? recorded : SetRef.of(workingDir, recorded.key());
            Path file = ref.file().orElseThrow();
            if (!wanted.test(file)) {
                return;
            }
            String name = sets.containsKey(recorded.label()) ? ref.key() : recorded.label();
            String count = Words.count(questions.size(), "due question");
            if (!Files.isRegularFile(file)) {
                skipped.add(name + ": " + count + " not offered: the file is gone (" + file + ")"
                        + (recorded.file().isPresent()
                                ? "; if it moved: lectern stats --relink " + file + " NEW"
                                : ""));
                return;
            }
            LoadResult loaded = loader.load(file, name);
            if (loaded.set().isEmpty()) {
                skipped.add(name + ": " + count + " not offered: the set cannot be used: "
                        + Words.errorsRunCheck(loaded, file.toString()));
                return;
            }
            QuestionSet set = loaded.set().get();
            Set<String> dueIds = questions.stream().map(DueQuestion::questionId).collect(Collectors.toSet());
            List<String> ids = set.questions().stream()
                    .map(Question::id)
                    .filter(dueIds::contains)
                    .toList();
            List<String> gone = questions.stream()
                    .map(DueQuestion::questionId)
                    .filter(id -> !ids.contains(id))
                    .toList();
            if (!gone.isEmpty()) {
                skipped.add(name + ": " + Words.count(gone.size(), "due question") + " no longer in the set: "
                        + String.join(", ", gone));
            }
            if (!ids.isEmpty()) {
                parts.add(new ReviewQueue.Part(name, set, ids));
                sets.put(name, new SetRef(ref.key(), recorded.label()));
            }
        });
        return new ReviewPlan(parts, sets, skipped);
    }

    /** How many questions the review offers. */
    int questions() {
        return parts.stream().mapToInt(p -> p.questionIds().size()).sum();
    }

    /** A set of the review (its key, and the name it was recorded under), by its name in the review. */
    SetRef setOf(String name) {
        SetRef set = sets.get(name);
        if (set == null) {
            throw new IllegalArgumentException("not a set of this review: " + name);
        }
        return set;
    }
}
