package dev.lectern.interchange;

import dev.lectern.article.Article;
import java.util.Optional;

/**
 * Reads one platform file into model questions. {@code fileName} is the name problems are reported under
 * ({@code file:line:col: error: …}); {@code bytes} is the file as read. Never throws for bad input.
 */
public interface Importer {
    ImportResult read(String fileName, byte[] bytes);

    /**
     * As {@link #read(String, byte[])}, with the article the set is written for, so an importer that can find each
     * question's passages in it does (Moodle XML and QTI files that Lectern wrote carry them in their feedback).
     * Importers that cannot use it ignore it.
     */
    default ImportResult read(String fileName, byte[] bytes, Optional<Article> article) {
        return read(fileName, bytes);
    }
}
