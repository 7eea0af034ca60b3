package dev.lectern.interchange.moodle;

import dev.lectern.interchange.BundledSets;
import dev.lectern.interchange.Export;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.model.QuestionSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MoodleXmlWriterTest {
    @Test
    void dump() throws Exception {
        for (String file : BundledSets.FILES) {
            QuestionSet set = BundledSets.load(file);
            Export r = new MoodleXmlExporter().export(set);
            r.notes().forEach(System.out::println);
            ImportResult in = new MoodleXmlImporter().read("x.xml", r.bytes(), Optional.of(set.article()));
            in.problems().forEach(System.out::println);
            for (ImportedQuestion q : in.questions()) {
                System.out.println(q);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/interchange/moodle-fixtures"))) {
            for (Path p : files.sorted().toList()) {
                ImportResult in = new MoodleXmlImporter().read(p.getFileName().toString(), Files.readAllBytes(p));
                System.out.println("=== " + p.getFileName() + " " + in.title() + " " + in.questions().size());
                in.problems().forEach(System.out::println);
                in.questions().forEach(q -> System.out.println("  " + q.question().typeName() + " " + q.question().id() + " " + q.pos()));
            }
        }
    }
}
