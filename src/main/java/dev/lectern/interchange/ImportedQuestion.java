package dev.lectern.interchange;

import dev.lectern.load.Pos;
import dev.lectern.model.Question;

/**
 * One question read from a platform's file, with where it starts there. Its header has no evidence yet (the
 * importer does not know the article; {@code lectern import} looks for it) and its id comes from {@link
 * QuestionIds}.
 */
public record ImportedQuestion(Question question, Pos pos) {}
