package dev.lectern.interchange.qti;

import dev.lectern.article.Article;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.interchange.QuestionIds;
import dev.lectern.interchange.xml.ArticleAwareImporter;
import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Element;

/**
 * Reads a QTI 2.1 content package (a zip with {@code imsmanifest.xml}), or a single {@code assessmentItem} file:
 * the items in the order of the package's {@code assessmentTest} (else the manifest's), each into the Lectern
 * kind its interaction asks for. Problems inside an item are reported as {@code package.zip!/items/x.xml:line:col};
 * an item Lectern cannot hold is named and left out, and the others are still read.
 */
public final class QtiImporter implements ArticleAwareImporter {
    private static final long MAX_ENTRY = 20L << 20;

    @Override
    public ImportResult read(String file, byte[] bytes, Optional<Article> article) {
        List<Problem> problems = new ArrayList<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (zip) {
            readZip(file, bytes, entries, problems);
        } else {
            entries.put("", bytes);
        }
        Optional<String> title = Optional.empty();
        List<String> order = new ArrayList<>();
        if (zip) {
            byte[] manifest = entries.get(QtiExporter.MANIFEST);
            if (manifest == null) {
                problems.add(new Problem(
                        file,
                        Pos.START,
                        Severity.ERROR,
                        "the zip has no imsmanifest.xml, so it is" + " not a QTI content package"));
                return new ImportResult(Optional.empty(), List.of(), problems);
            }
            title = Manifest.read(file, manifest, entries, order, problems);
        } else {
            order.add("");
        }
        List<ImportedQuestion> questions = new ArrayList<>();
        QuestionIds ids = new QuestionIds();
        for (String name : order) {
            String shown = name.isEmpty() ? file : file + "!/" + name;
            XmlDocument doc = XmlDocument.parse(entries.get(name));
            if (doc.error().isPresent()) {
                problems.add(new Problem(
                        shown,
                        doc.error().get().pos(),
                        Severity.ERROR,
                        doc.error().get().message() + "; this item is left out"));
                continue;
            }
            Element root = doc.root().orElseThrow();
            if (!XmlDocument.localName(root).equals("assessmentItem")) {
                problems.add(new Problem(
                        shown,
                        XmlDocument.position(root),
                        Severity.ERROR,
                        "<" + XmlDocument.localName(root) + "> is not a QTI assessmentItem; left out"));
                continue;
            }
            new QtiItemReader(shown, root, article, problems)
                    .read(ids)
                    .ifPresent(q -> questions.add(new ImportedQuestion(q, XmlDocument.position(root))));
        }
        if (questions.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            problems.add(new Problem(
                    file, Pos.START, Severity.ERROR, "the package holds no question Lectern can" + " import"));
        }
        return new ImportResult(title, questions, problems);
    }

    private static void readZip(String file, byte[] bytes, Map<String, byte[]> entries, List<Problem> problems) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes((int) MAX_ENTRY + 1);
                if (content.length > MAX_ENTRY) {
                    problems.add(new Problem(
                            file,
                            Pos.START,
                            Severity.ERROR,
                            "the zip entry " + e.getName() + " is larger than 20 MB; skipped"));
                    continue;
                }
                entries.put(normal(e.getName()), content);
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(file, Pos.START, Severity.ERROR, "the zip cannot be read: " + e.getMessage()));
        }
    }

    /** An entry name or an href relative to the package root, without {@code ./} and {@code %20}. */
    static String normal(String name) {
        String n = name.replace('\\', '/');
        try {
            n = new URI(null, null, n, null).normalize().getPath();
        } catch (java.net.URISyntaxException e) {
            // keep it as written
        }
        n = java.net.URLDecoder.decode(n.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return n.startsWith("./") ? n.substring(2) : n;
    }
}
