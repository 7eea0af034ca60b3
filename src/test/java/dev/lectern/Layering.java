package dev.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering rules the package docs state, as ArchUnit rules over the classes below {@code root}: dependencies
 * point one way, from the commands down to a pure core, and each outside library has one package that may use
 * it. Written for any root so that {@code LayeringTest} can show each rule failing on classes planted to break it.
 */
final class Layering {
    private Layering() {}

    static List<ArchRule> rules(String root) {
        String article = root + ".article..";
        String model = root + ".model..";
        String engine = root + ".engine..";
        String schedule = root + ".schedule..";
        String load = root + ".load..";
        String store = root + ".store..";
        String batch = root + ".batch..";
        String tui = root + ".tui..";
        String cli = root + ".cli..";
        String interchange = root + ".interchange..";
        String source = root + ".source..";
        return List.of(
                pure(article, "the article package is pure: java.* only", article),
                pure(model, "the model is pure: java.* and articles", model, article),
                pure(engine, "the engine is pure: java.*, the model and articles", engine, model, article),
                pure(schedule, "the schedule is pure: java.* only", schedule),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(load)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.snakeyaml..")
                        .as("only load uses SnakeYAML"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(store)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("java.sql..", "org.sqlite..")
                        .as("only store touches JDBC and SQLite"),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(tui, cli)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("com.googlecode.lanterna..")
                        .as("only tui (and cli, which opens the" + " terminal) use Lanterna"),
                noClasses()
                        .that()
                        .resideInAPackage(tui)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(load, store, batch, cli)
                        .as("tui never touches load, store, batch or" + " the commands"),
                noClasses()
                        .that()
                        .resideInAPackage(batch)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(tui, cli)
                        .as("batch is a front-end beside tui, below the commands"),
                noClasses()
                        .that()
                        .resideInAPackage(load)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(store, batch, tui, cli)
                        .as("load is an edge: it never uses the" + " history, the front-ends or the commands"),
                noClasses()
                        .that()
                        .resideInAPackage(store)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(load, batch, tui, cli)
                        .as("store is an edge: it never uses the loader," + " the front-ends or the commands"),
                noClasses()
                        .that()
                        .resideInAPackage(interchange)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(store, batch, tui, cli)
                        .as("interchange (GIFT, Moodle XML, QTI, Aiken) is"
                                + " an edge: it never uses the history, the front-ends or the commands"),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(source, interchange)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.jsoup..")
                        .as("only source (articles) and interchange (question text)" + " parse HTML"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(source)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("org.commonmark..", "org.apache.pdfbox..", "org.apache.fontbox..")
                        .as("only source reads Markdown and PDF"),
                noClasses()
                        .that()
                        .resideInAPackage(cli)
                        .and()
                        .doNotHaveSimpleName("ArticleCommand")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(source)
                        .as("only lectern article reaches source, so" + " no other command loads its libraries"),
                noClasses()
                        .that()
                        .resideInAPackage(source)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(root + ".load..", store, batch, tui, cli)
                        .as("source is an edge: it"
                                + " turns pages into paragraphs, using of Lectern's only the article's own rules"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(root + ".draft..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("opennlp..")
                        .as("only draft uses OpenNLP's tagger"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(cli)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(cli)
                        .as("nothing below the commands uses them"));
    }

    /**
     * What the pure core may use of the JDK: the language, collections, numbers, text and time. No I/O, files,
     * JDBC or network: those belong to the edges.
     */
    private static final List<String> PURE_JDK =
            List.of("java.lang..", "java.util..", "java.math..", "java.text..", "java.time..");

    /** Classes in {@code pkg} depend on nothing but {@link #PURE_JDK} and {@code allowed}. */
    private static ArchRule pure(String pkg, String why, String... allowed) {
        String[] packages = new String[PURE_JDK.size() + allowed.length];
        PURE_JDK.toArray(packages);
        System.arraycopy(allowed, 0, packages, PURE_JDK.size(), allowed.length);
        return classes()
                .that()
                .resideInAPackage(pkg)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(packages)
                .as(why);
    }
}
