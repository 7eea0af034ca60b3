package dev.lectern.load;

import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import java.util.List;
import java.util.Optional;

/** Reads the keys particular to one question type and builds the question, reporting what is wrong. */
interface TypeReader {
    /** The type's own keys, beyond those every question has. */
    List<String> keys();

    /** The question, or empty when a problem was reported. The header is already valid. */
    Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx);
}
