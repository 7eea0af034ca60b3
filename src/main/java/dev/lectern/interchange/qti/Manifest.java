package dev.lectern.interchange.qti;

import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/** A content package's manifest: which files are items, and the order and title its assessmentTest gives. */
final class Manifest {
    private Manifest() {}

    /** Fills {@code order} with the item files to read, in order; returns the test's title. */
    static Optional<String> read(
            String file, byte[] manifest, Map<String, byte[]> entries, List<String> order, List<Problem> problems) {
        String shown = file + "!/" + QtiExporter.MANIFEST;
        XmlDocument doc = XmlDocument.parse(manifest);
        if (doc.error().isPresent()) {
            problems.add(new Problem(
                    shown,
                    doc.error().get().pos(),
                    Severity.ERROR,
                    doc.error().get().message()));
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        Element root = doc.root().orElseThrow();
        for (Element resources : XmlDocument.children(root, "resources")) {
            for (Element r : XmlDocument.children(resources, "resource")) {
                String type = r.getAttribute("type");
                String href = QtiImporter.normal(r.getAttribute("href"));
                if (type.startsWith("imsqti_item_xmlv2")) {
                    items.add(href);
                } else if (type.startsWith("imsqti_test_xmlv2")) {
                    tests.add(href);
                } else if (type.startsWith("imsqti_xmlv1") || type.startsWith("imsqti_item_xmlv1")) {
                    problems.add(new Problem(
                            shown,
                            XmlDocument.position(r),
                            Severity.ERROR,
                            "the resource " + href
                                    + " is QTI 1.2; Lectern reads QTI 2.1 packages (in Canvas, export the quiz as QTI 2.1"
                                    + " or use the question bank's Moodle XML)"));
                }
            }
        }
        Optional<String> title = Optional.empty();
        if (!tests.isEmpty() && entries.containsKey(tests.get(0))) {
            XmlDocument test = XmlDocument.parse(entries.get(tests.get(0)));
            if (test.root().isPresent()) {
                Element t = test.root().get();
                title = Optional.of(t.getAttribute("title")).filter(s -> !s.isBlank());
                String base = tests.get(0).contains("/")
                        ? tests.get(0).substring(0, tests.get(0).lastIndexOf('/') + 1)
                        : "";
                for (Element ref :
                        t.getElementsByTagNameNS("*", "assessmentItemRef").getLength() > 0
                                ? refs(t)
                                : List.<Element>of()) {
                    String href = QtiImporter.normal(base + ref.getAttribute("href"));
                    if (items.contains(href) && !order.contains(href)) {
                        order.add(href);
                    }
                }
            }
        }
        for (String item : items) {
            if (!order.contains(item)) {
                order.add(item);
            }
        }
        order.removeIf(item -> {
            if (!entries.containsKey(item)) {
                problems.add(new Problem(
                        shown, Pos.START, Severity.ERROR, "the manifest lists " + item + ", which is not in the zip"));
                return true;
            }
            return false;
        });
        return title;
    }

    private static List<Element> refs(Element test) {
        List<Element> refs = new ArrayList<>();
        org.w3c.dom.NodeList list = test.getElementsByTagNameNS("*", "assessmentItemRef");
        for (int i = 0; i < list.getLength(); i++) {
            refs.add((Element) list.item(i));
        }
        return refs;
    }
}
