package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.QuestionSet;
import dev.lectern.testing.SquadSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real material at scale: the whole SQuAD v1.1 dev set as one question set loads with no errors. */
class SquadScaleTest {
    @Test
    void squadDevSet_asOneSet_loadsCompletely(@TempDir Path dir) throws IOException {
        SquadSet.Written written = SquadSet.write(SquadSet.devSetOrSkip("the scale test"), dir);

        LoadResult result = new QuestionSetLoader(new ArticleLibrary(List.of())).load(written.yaml(), "squad-dev.yaml");

        // Compared as numbers, four SQuAD answers are not in the sentence they were cut from: '8' is part of "20–18",
        // '5' of "Super Bowl 50" (two questions), 'four' of "fourth". Everything else is where it is cited.
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.problems())
                .extracting(p -> p.pos().line() + ": " + p.message().split(";", -1)[0])
                .containsExactly(
                        "163: the answer '8' is not in sentence 2.3", "343: the answer '5' is not in sentence 3.1",
                        "358: the answer '5' is not in sentence 3.1",
                                "6063: the answer 'four' is not in sentence 154.1");
        QuestionSet set = result.set().orElseThrow();
        assertThat(set.questions()).hasSize(10_570);
        assertThat(set.article().paragraphCount()).isEqualTo(2_067);
        assertThat(written.questions()).isEqualTo(10_570);
    }
}
