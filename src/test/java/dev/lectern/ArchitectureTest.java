package dev.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: a pure core (article, model, engine, schedule), loading at the edge, commands on top. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/lectern");

    private static List<String> imports(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void articlePackage_importsOnlyJava() throws IOException {
        assertThat(imports("article")).allMatch(l -> l.contains("import java."));
    }

    @Test
    void modelPackage_importsOnlyJavaAndArticles() throws IOException {
        assertThat(imports("model")).allMatch(l -> l.contains("import java.") || l.contains("import dev.lectern.article."));
    }

    @Test
    void enginePackage_importsOnlyJavaAndTheModel() throws IOException {
        assertThat(imports("engine")).allMatch(l -> l.contains("import java.") || l.contains("import dev.lectern.model.")
                || l.contains("import dev.lectern.article."));
    }

    @Test
    void schedulePackage_importsOnlyJava() throws IOException {
        assertThat(imports("schedule")).allMatch(l -> l.contains("import java."));
    }

    @Test
    void loadPackage_neverImportsTheCommands() throws IOException {
        assertThat(imports("load")).noneMatch(l -> l.contains("dev.lectern.cli"));
    }

    @Test
    void batchPackage_isAFrontEnd_besideTheTextUi_belowTheCommands() throws IOException {
        assertThat(imports("batch")).noneMatch(l -> l.contains("dev.lectern.cli") || l.contains("dev.lectern.tui")
                || l.contains("com.googlecode.lanterna"));
    }

    @Test
    void onlyLoadPackage_importsSnakeYaml() throws IOException {
        for (String pkg : List.of("article", "model", "engine", "schedule", "cli", "batch")) {
            assertThat(imports(pkg)).as(pkg).noneMatch(l -> l.contains("org.snakeyaml"));
        }
    }

    @Test
    void storePackage_isAnEdge_belowTheFrontEnds() throws IOException {
        assertThat(imports("store")).allMatch(l -> l.contains("import java.") || l.contains("import dev.lectern.model.")
                || l.contains("import dev.lectern.article.") || l.contains("import dev.lectern.schedule.")
                || l.contains("import dev.lectern.engine.")
                || l.contains("import org.sqlite."));
    }

    @Test
    void onlyStorePackage_touchesJdbcAndSqlite() throws IOException {
        for (String pkg : List.of("article", "model", "engine", "schedule", "load", "cli", "batch", "tui")) {
            assertThat(imports(pkg)).as(pkg).noneMatch(l -> l.contains("java.sql") || l.contains("org.sqlite"));
        }
    }

    @Test
    void everyPackage_hasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory)).allMatch(d -> Files.exists(d.resolve("package-info.java")));
        }
    }
}
