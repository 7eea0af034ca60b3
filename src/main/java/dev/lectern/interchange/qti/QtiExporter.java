package dev.lectern.interchange.qti;

import dev.lectern.interchange.Export;
import dev.lectern.interchange.ExportNote;
import dev.lectern.interchange.Exporter;
import dev.lectern.interchange.xml.XmlOutput;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Element;

/**
 * Writes a set as an IMS QTI 2.1 content package, the form Canvas ("QTI .zip file") and other platforms import:
 * {@code imsmanifest.xml}, an {@code assessmentTest} that lists the items in the set's order, and one
 * {@code assessmentItem} per question under {@code items/}. The zip's entries carry a fixed date, so the same
 * set always gives the same bytes.
 */
public final class QtiExporter implements Exporter {
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String MANIFEST = "imsmanifest.xml";
    static final String TEST = "assessment.xml";
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    @Override
    public Export export(QuestionSet set) {
        List<ExportNote> notes = new ArrayList<>();
        Map<String, byte[]> items = new LinkedHashMap<>();
        for (Question q : set.questions()) {
            items.put(itemFile(q), q.accept(new QtiItemWriter(set.article(), notes)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, MANIFEST, manifest(set));
            put(zip, TEST, test(set));
            for (Map.Entry<String, byte[]> e : items.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip in memory failed", e);
        }
        return new Export(bytes.toByteArray(), items.size(), notes);
    }

    static String itemFile(Question q) {
        return "items/" + q.id() + ".xml";
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] manifest(QuestionSet set) {
        XmlOutput out = XmlOutput.create();
        Element m = out.element(CP, "manifest");
        out.document().appendChild(m);
        m.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        m.setAttributeNS(
                "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation",
                CP + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd");
        m.setAttribute("identifier", "lectern-set");
        Element meta = out.add(m, "metadata");
        out.add(meta, "schema", "QTIv2.1 Package");
        out.add(meta, "schemaversion", "1.0.0");
        out.add(m, "organizations");
        Element resources = out.add(m, "resources");
        Element test = out.add(resources, "resource");
        test.setAttribute("identifier", "test");
        test.setAttribute("type", "imsqti_test_xmlv2p1");
        test.setAttribute("href", TEST);
        out.add(test, "file").setAttribute("href", TEST);
        for (Question q : set.questions()) {
            out.add(test, "dependency").setAttribute("identifierref", QtiItemWriter.itemId(q));
        }
        for (Question q : set.questions()) {
            Element r = out.add(resources, "resource");
            r.setAttribute("identifier", QtiItemWriter.itemId(q));
            r.setAttribute("type", "imsqti_item_xmlv2p1");
            r.setAttribute("href", itemFile(q));
            out.add(r, "file").setAttribute("href", itemFile(q));
        }
        return out.bytes();
    }

    private static byte[] test(QuestionSet set) {
        XmlOutput out = XmlOutput.create();
        Rp rp = new Rp(out);
        Element t = rp.el("assessmentTest");
        out.document().appendChild(t);
        t.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        t.setAttributeNS(
                "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation",
                Rp.NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        t.setAttribute("identifier", "lectern-test");
        t.setAttribute("title", set.title());
        t.setAttribute("toolName", "Lectern");
        Element part = rp.add(t, "testPart");
        part.setAttribute("identifier", "part");
        part.setAttribute("navigationMode", "nonlinear");
        part.setAttribute("submissionMode", "simultaneous");
        Element section = rp.add(part, "assessmentSection");
        section.setAttribute("identifier", "section");
        section.setAttribute("title", set.title());
        section.setAttribute("visible", "true");
        // The set's shuffle, like its pass mark, is the quiz's setting on the platform: an import has no place to
        // read it back into, so writing it would make export → import → export differ.
        for (Question q : set.questions()) {
            Element ref = rp.add(section, "assessmentItemRef");
            ref.setAttribute("identifier", QtiItemWriter.itemId(q));
            ref.setAttribute("href", itemFile(q));
        }
        return out.bytes();
    }
}
