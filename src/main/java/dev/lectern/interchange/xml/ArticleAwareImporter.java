package dev.lectern.interchange.xml;

import dev.lectern.article.Article;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.Importer;
import java.util.Optional;

/**
 * An importer that, given the article, also finds again the evidence passages Lectern wrote into a platform's
 * feedback ({@code Evidence, paragraph 9: "…"}), so that export → import → export keeps them. Without the
 * article those feedback paragraphs stay in the explanation: nothing is lost.
 */
public interface ArticleAwareImporter extends Importer {
    @Override
    ImportResult read(String fileName, byte[] bytes, Optional<Article> article);

    @Override
    default ImportResult read(String fileName, byte[] bytes) {
        return read(fileName, bytes, Optional.empty());
    }
}
