package dev.lectern.interchange.qti;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.BundledSets;
import dev.lectern.interchange.Export;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document the QTI export writes for the bundled sets is valid against the official IMS schemas. */
class QtiSchemaValidationTest {
    static java.util.List<String> sets() {
        return BundledSets.FILES;
    }

    @ParameterizedTest
    @MethodSource("sets")
    void qtiExport_everyItemAndTheTest_validAgainstImsQti21Xsd(String file) {
        Export export = new QtiExporter().export(BundledSets.load(file));
        Map<String, byte[]> entries = Zips.entries(export.bytes());
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("items/")))
                .hasSize(export.written());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().equals(QtiExporter.MANIFEST)) {
                assertThat(QtiSchema.errors(QtiSchema.qti(), e.getValue()))
                        .as(e.getKey())
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void qtiExport_manifest_validAgainstImsContentPackagingXsd(String file) {
        Export export = new QtiExporter().export(BundledSets.load(file));
        byte[] manifest = Zips.entries(export.bytes()).get(QtiExporter.MANIFEST);
        assertThat(QtiSchema.errors(QtiSchema.contentPackage(), manifest)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void schemaCheck_canFail_onAnItemWithoutItsRequiredAttribute() {
        Export export = new QtiExporter().export(BundledSets.load(BundledSets.FILES.get(0)));
        byte[] item = Zips.entries(export.bytes()).get("items/delegation-lead.xml");
        String broken = new String(item, java.nio.charset.StandardCharsets.UTF_8)
                .replace("responseIdentifier=\"RESPONSE\"", "");
        assertThat(QtiSchema.errors(QtiSchema.qti(), broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .anyMatch(e -> e.contains("responseIdentifier"));
    }
}
