import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of bench/goals.sh's 100,000-sheet row: a JVM that reads a JSON Lines file line by line and parses
 * each line with Jackson's streaming parser (the jackson-core the project uses), making a String of every key and
 * text as json.loads does, and nothing else: no set, no grading, no report. Prints the lines and tokens read, so
 * the JIT cannot drop the work.
 *   java -cp bench/out/floor:JACKSON_CORE_JAR JsonLinesFloor FILE
 */
public final class JsonLinesFloor {
    public static void main(String[] args) throws IOException {
        JsonFactory json = new JsonFactory();
        long lines = 0;
        long tokens = 0;
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                try (JsonParser p = json.createParser(line)) {
                    JsonToken t;
                    while ((t = p.nextToken()) != null) {
                        tokens++;
                        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                            chars += p.getText().length();
                        }
                    }
                } catch (IOException e) {
                    // A bad line, as json.loads's ValueError in the reference: counted, skipped.
                }
            }
        }
        System.out.println(lines + " lines, " + tokens + " tokens, " + chars + " characters of text");
    }
}
