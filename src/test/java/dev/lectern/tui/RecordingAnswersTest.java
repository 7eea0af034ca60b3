package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.SessionOptions;
import dev.lectern.engine.Verdict;
import dev.lectern.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each answer reaches the answer log the moment it is given, and so does an "I was right". */
class RecordingAnswersTest {
    private final List<AnswerLog.Answered> log = new ArrayList<>();

    private ScreenTester quizOn(Question q, SessionOptions.Mode mode) {
        SessionOptions options = Fixtures.options(mode).onlyQuestions(List.of(q.id()));
        StartView home = new StartView(
                        List.of(new SetEntry(Fixtures.ISTANBUL, Optional.of(Fixtures.istanbul()), "")),
                        options,
                        Fixtures.CLOCK)
                .recordingTo(log::add);
        return new ScreenTester(home.start(Fixtures.ISTANBUL, Fixtures.istanbul()));
    }

    @Test
    void aWrongAnswer_isRecordedAtOnce_thenIWasRight_isRecordedAsAnOverride() {
        Question q = Fixtures.istanbul().questions().get(3);
        ScreenTester t = quizOn(q, SessionOptions.Mode.PRACTICE);
        t.type("the culture ministry of Russia");
        assertThat(log).isEmpty();
        t.enter();

        assertThat(log).hasSize(1);
        AnswerLog.Answered first = log.get(0);
        assertThat(first.setPath()).isEqualTo(Fixtures.ISTANBUL);
        assertThat(first.setTitle()).isEqualTo(Fixtures.istanbul().title());
        assertThat(first.question()).isEqualTo(q);
        assertThat(first.grade().verdict()).isEqualTo(Verdict.WRONG);
        assertThat(first.grade().given()).isEqualTo("the culture ministry of Russia");
        assertThat(first.mode()).isEqualTo(dev.lectern.schedule.AnswerMode.PRACTICE);
        assertThat(first.overridden()).isFalse();

        t.type("!");
        assertThat(log).hasSize(2);
        AnswerLog.Answered second = log.get(1);
        assertThat(second.overridden()).isTrue();
        assertThat(second.grade().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(second.sessionId()).isEqualTo(first.sessionId());
    }

    @Test
    void inAnExam_answersAreRecordedAsGiven_withTheExamMode() {
        Question q = Fixtures.istanbul().questions().get(3);
        ScreenTester t = quizOn(q, SessionOptions.Mode.EXAM);
        t.type("the culture ministry of Russia");
        t.enter();
        assertThat(log)
                .singleElement()
                .satisfies(a -> assertThat(a.mode()).isEqualTo(dev.lectern.schedule.AnswerMode.EXAM));
    }
}
