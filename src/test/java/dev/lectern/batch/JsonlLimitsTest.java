package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Jackson's own ceilings on a JSON Lines line are the documented limits (docs/limits.md), refused at a position. */
class JsonlLimitsTest {
    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static void readAll(String json) throws IOException {
        try (JsonParser p = JsonlSheets.JSON.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    p.getText();
                }
            }
        }
    }

    private static SheetRead first(String lines) throws IOException {
        return new JsonlSheets(new BufferedReader(new StringReader(lines)), "class.jsonl").next();
    }

    @Test
    void nesting_ofSixtyFourLevels_isRead_andOfSixtyFive_isRefusedByTheParser() throws IOException {
        readAll(nested(64));
        assertThatThrownBy(() -> readAll(nested(65)))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("(65) exceeds the maximum allowed (64");
    }

    @Test
    void aSheetNestedSixtyFiveDeep_isOneMalformedSheet_atItsPosition() throws IOException {
        SheetRead read = first("{\"student\": \"ann\", \"answers\": {\"q\": " + nested(65) + "}}\n");
        assertThat(read.sheet()).isNull();
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).toString())
                .startsWith("class.jsonl:1:")
                .contains(": error: ");
    }

    @Test
    void aTextOfTwoMillionCharacters_isRefusedByTheParser_withThePositionedLimit() throws IOException {
        String answer = "x".repeat(2_000_000);
        SheetRead read = first("{\"student\": \"ann\", \"answers\": {\"q\": \"" + answer + "\"}}\n"
                + "{\"student\": \"bob\", \"answers\": {}}\n");
        assertThat(read.sheet()).isNull();
        assertThat(read.problems().get(0).toString())
                .startsWith("class.jsonl:1:")
                .contains("error: a text longer than 1,000,000 characters; is this really a sheet?")
                .hasSizeLessThan(300);
    }

    @Test
    void aKeyOfTwoMillionCharacters_isRefusedByTheParser() throws IOException {
        SheetRead read = first("{\"student\": \"ann\", \"answers\": {\"" + "k".repeat(2_000_000) + "\": \"a\"}}\n");
        assertThat(read.problems().get(0).toString())
                .startsWith("class.jsonl:1:")
                .contains("error: a text longer than 1,000,000 characters");
    }
}
