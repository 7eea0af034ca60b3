package dev.lectern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way (Layering's rules), read from the bytecode of the main classes. */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lectern");
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("dev.lectern.planted");

    @Test
    void theMainClasses_keepEveryLayeringRule() {
        assertThat(MAIN.size()).as("classes read").isGreaterThan(100);
        for (ArchRule rule : Layering.rules("dev.lectern")) {
            rule.check(MAIN);
        }
    }

    @Test
    void aPureCoreClass_usingJdbcByItsFullName_breaksTwoRules() {
        assertThatThrownBy(() -> rule("the engine is pure").check(PLANTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GradesFromADatabase")
                .hasMessageContaining("java.sql.DriverManager");
        assertThatThrownBy(() -> rule("only store touches JDBC").check(PLANTED))
                .hasMessageContaining("GradesFromADatabase");
    }

    @Test
    void aScreenReadingTheHistory_breaksTheTextUiRule() {
        assertThatThrownBy(() -> rule("tui never touches").check(PLANTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ScreenThatReadsTheHistory")
                .hasMessageContaining("planted.store.Rows");
    }

    @Test
    void everyPackage_hasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/dev/lectern"))) {
            assertThat(dirs.filter(Files::isDirectory)).allMatch(d -> Files.exists(d.resolve("package-info.java")));
        }
    }

    private static ArchRule rule(String description) {
        return Layering.rules("dev.lectern.planted").stream()
                .filter(r -> r.getDescription().startsWith(description))
                .findFirst()
                .orElseThrow();
    }
}
