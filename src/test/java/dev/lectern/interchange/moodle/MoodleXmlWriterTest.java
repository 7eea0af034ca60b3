package dev.lectern.interchange.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.BundledSets;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MoodleXmlWriterTest {
    @Test
    void dump() {
        MoodleXmlWriter.Result r = new MoodleXmlWriter().write(BundledSets.load(BundledSets.FILES.get(0)));
        System.out.println(new String(r.bytes(), StandardCharsets.UTF_8));
        r.warnings().forEach(System.out::println);
        assertThat(r.written()).isGreaterThan(0);
    }
}
