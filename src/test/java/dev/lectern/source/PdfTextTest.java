package dev.lectern.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTextTest {
    static byte[] report() throws IOException {
        return TestPdf.make(
                "The Valley Courier - Field report",
                "Alder Rivers Trust, annual survey 2025",
                List.of(
                        List.of(
                                "Survey of the upper Alder",
                                "",
                                "The survey team walked the upper river on 12 May, counting the redds that",
                                "salmon cut into the gravel between Millbrook and Carne Bridge. They found",
                                "fourteen redds in total.",
                                "",
                                "Most of the redds lay within two kilometres of the old weir, where the",
                                "current sorts the gravel by size and keeps it free of silt. The team",
                                "recorded each position by GPS and graded the gravel from fine to cobble, so",
                                "that next year's count can be compared redd by redd with this one, and so"),
                        List.of(
                                "that the trust can show its funders where the money made a difference.",
                                "",
                                "Water temperature was 11 degrees at noon, well within the range that young",
                                "salmon need. Shade from the new alders will keep it there in a hot summer,",
                                "when the open stretches below Ashford can warm by several degrees in a",
                                "single afternoon and the fish move upstream to cooler, deeper water."),
                        List.of(
                                "The trust will repeat the count in November, when the spawning season",
                                "peaks, and publish the results in its spring newsletter. A well-",
                                "known local angler, who has fished the Alder for fifty years, has offered",
                                "to help with the next count.")));
    }

    @Test
    void report_isReadInOrder_withoutRunningHeadersFootersOrPageNumbers() throws IOException, Unusable {
        Tally dropped = new Tally();
        List<String> paragraphs = PdfText.paragraphs(report(), "report.pdf", dropped);
        assertThat(paragraphs)
                .containsExactly(
                        "Survey of the upper Alder",
                        "The survey team walked the upper river on 12 May, counting the redds that salmon cut into the gravel"
                                + " between Millbrook and Carne Bridge. They found fourteen redds in total.",
                        "Most of the redds lay within two kilometres of the old weir, where the current sorts the gravel by"
                                + " size and keeps it free of silt. The team recorded each position by GPS and graded the gravel"
                                + " from fine to cobble, so that next year's count can be compared redd by redd with this one,"
                                + " and so that the trust can show its funders where the money made a difference.",
                        "Water temperature was 11 degrees at noon, well within the range that young salmon need. Shade from"
                                + " the new alders will keep it there in a hot summer, when the open stretches below Ashford can"
                                + " warm by several degrees in a single afternoon and the fish move upstream to cooler, deeper"
                                + " water.",
                        "The trust will repeat the count in November, when the spawning season peaks, and publish the results"
                                + " in its spring newsletter. A well-known local angler, who has fished the Alder for fifty"
                                + " years, has offered to help with the next count.");
        assertThat(dropped.counts())
                .containsExactly(
                        java.util.Map.entry(Boilerplate.RUNNING_HEADER, 3),
                        java.util.Map.entry(Boilerplate.RUNNING_FOOTER, 3),
                        java.util.Map.entry(Boilerplate.PAGE_NUMBER, 3));
    }

    @Test
    void pdfSource_isRecognisedByItsSignature_andAccounted() throws IOException {
        Outcome outcome = Convert.bytes("download", report());
        assertThat(outcome.article().kind()).isEqualTo(SourceKind.PDF);
        assertThat(outcome.article().account())
                .isEqualTo("kept 5 paragraphs (198 words) of PDF; dropped"
                        + " 3 running header lines, 3 running footer lines, 3 page numbers");
        assertThat(outcome.article().notes()).extracting(Note::paragraph).containsExactly(1);
    }

    @Test
    void pdfWithoutText_isRefused_asAScan() throws IOException {
        Outcome outcome = Convert.bytes("scan.pdf", TestPdf.make("", "", List.of()));
        assertThat(outcome.refusal())
                .isEqualTo(new Refusal(
                        "no text found in scan.pdf: the PDF has no text layer (a scan?); run OCR on it first", false));
    }

    @Test
    void damagedPdf_isRefused_withoutAStackTrace() {
        Outcome outcome = Convert.text("broken.pdf", "%PDF-1.7\nthis is not really a PDF\n");
        assertThat(outcome.refusal().message()).startsWith("broken.pdf is not a readable PDF (");
        assertThat(outcome.refusal().unavailable()).isFalse();
    }
}
