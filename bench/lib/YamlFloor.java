import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A floor under bench/goals.sh's "SQuAD dev as one set, lectern check" row: a JVM that reads the set and composes
 * its YAML with SnakeYAML (the snakeyaml-engine the project uses, with the loader's buffer size), and nothing
 * else: no screen, no article, no questions, no report. On a shared machine whose speed drifts, the row's seconds
 * are read against this, measured in the same run. Prints the number of top-level keys so the work is not dropped.
 *   java -cp bench/out/floor:SNAKEYAML_ENGINE_JAR YamlFloor FILE
 */
public final class YamlFloor {
    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]));
        LoadSettings settings = LoadSettings.builder()
                .setBufferSize(Math.min(text.length() + 1, 1 << 20))
                .setCodePointLimit(Integer.MAX_VALUE)
                .build();
        Node root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
                .getSingleNode()
                .orElseThrow();
        System.out.println(((org.snakeyaml.engine.v2.nodes.MappingNode) root).getValue().size() + " keys");
    }
}
