package dev.lectern.cli;

import static dev.lectern.cli.BatchCommandTest.ANN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Latin-1, Windows-1252 and UTF-16 without a mark are refused with where, what and how to convert; never graded. */
class SheetEncodingTest {
    private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
    }

    private CliRun batch(String... more) {
        String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--batch", "set.yaml"), java.util.stream.Stream.of(more))
                .toArray(String[]::new);
        return CliRun.withInput(dir, "", args);
    }

    @Test
    void latin1Csv_isRefusedAtItsFirstBadByte_withTheIconvCommand() throws IOException {
        Files.write(dir.resolve("class.csv"), "student,delegation-lead\nJosé,b\n".getBytes(LATIN1));
        CliRun run = batch("--answers", "class.csv", "--format", "csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("class.csv:2:4: error: not UTF-8: byte 0xE9 at line 2, column 4 is not valid"
                        + " UTF-8; the file is probably Latin-1 (ISO-8859-1); convert it with: iconv -f latin1 -t utf-8"
                        + " class.csv > class-utf8.csv\nlectern: class.csv is not UTF-8; nothing was graded\n");
    }

    @Test
    void windows1252Jsonl_isNamedAsSuch_evenWhenItsFirstBadByteIsLatin1Too() throws IOException {
        String sheets =
                ANN + "{\"student\": \"Zoë\", \"answers\": {\"medinsky-former-post\": \"\u201cculture\u201d\"}}\n";
        Files.write(dir.resolve("class.jsonl"), sheets.getBytes(Charset.forName("windows-1252")));
        CliRun run = batch("--answers", "class.jsonl", "--out", "grades.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("class.jsonl:2:16: error: not UTF-8: byte 0xEB at line 2, column 16 is not"
                        + " valid UTF-8; the file is probably Windows-1252 (it has bytes 0x80-0x9F, Windows' quotes and"
                        + " dashes); convert it with: iconv -f windows-1252 -t utf-8 class.jsonl > class-utf8.jsonl\n");
        // Not even the good sheet before it: the file is proved before grading, and no report is written.
        assertThat(dir.resolve("grades.txt")).doesNotExist();
    }

    @Test
    void utf16WithoutAMark_isRefused_notReadAsNamesFullOfNuls() throws IOException {
        Files.write(
                dir.resolve("class.yaml"),
                "student: ann\nanswers:\n  delegation-lead: b\n".getBytes(StandardCharsets.UTF_16LE));
        CliRun le = batch("--answers", "class.yaml");
        assertThat(le.code()).isEqualTo(2);
        assertThat(le.err())
                .isEqualTo("class.yaml:1:2: error: not UTF-8: a NUL byte at line 1, column 2, and every"
                        + " other byte is NUL: the file is probably UTF-16LE without a byte-order mark; convert it with: iconv"
                        + " -f utf-16le -t utf-8 class.yaml > class-utf8.yaml\nlectern: class.yaml is not UTF-8; nothing was"
                        + " graded\n");
        Files.write(
                dir.resolve("class.yaml"),
                "student: ann\nanswers:\n  delegation-lead: b\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(batch("--answers", "class.yaml").err())
                .startsWith("class.yaml:1:1: error: not UTF-8: a NUL byte"
                        + " at line 1, column 1, and every other byte is NUL: the file is probably UTF-16BE without");
    }

    @Test
    void utf16WithAMark_isStillRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("student,delegation-lead\nJosé,b\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("class.csv"), bytes.toByteArray());
        CliRun run = batch("--answers", "class.csv", "--format", "csv");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("José,1,18");
    }

    @Test
    void latin1OnStandardInput_stopsAtTheBadByte_andSaysHowToConvert() {
        byte[] sheets = (ANN + "{\"student\": \"José\", \"answers\": {}}\n").getBytes(LATIN1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"--batch", "set.yaml", "--format", "csv"},
                dir,
                Map.of(),
                Console.piped(new java.io.ByteArrayInputStream(sheets)),
                Clock.systemUTC(),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("<stdin>:2:17: error: not UTF-8: byte 0xE9 at line 2, column 17"
                        + " is not valid UTF-8; the file is probably Latin-1 (ISO-8859-1); convert it with iconv -f latin1 -t"
                        + " utf-8 before it is piped in\nlectern: standard input is not UTF-8; nothing after that byte was"
                        + " graded\n");
        assertThat(out.toString()).doesNotContain("Jos");
    }

    @Test
    void latin1YamlAndCsvOnStandardInput_areRefusedToo() {
        for (String sheet :
                new String[] {"student: José\nanswers:\n  delegation-lead: b\n", "student,delegation-lead\nJosé,b\n"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(
                    new String[] {"--batch", "set.yaml", "--format", "csv"},
                    dir,
                    Map.of(),
                    Console.piped(new java.io.ByteArrayInputStream(sheet.getBytes(LATIN1))),
                    Clock.systemUTC(),
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));
            assertThat(code).as(sheet).isEqualTo(2);
            assertThat(err.toString())
                    .as(sheet)
                    .containsPattern("^<stdin>:[12]:1?[34]: error: not UTF-8: byte 0xE9 at line [12], column 1?[34] is"
                            + " not valid UTF-8; the file is probably Latin-1");
            assertThat(out.toString()).doesNotContain("Jos");
        }
    }

    @Test
    void aFolderOfSheets_refusesTheBadFile_andGradesTheOthers() throws IOException {
        Files.createDirectories(dir.resolve("hand-ins"));
        Files.writeString(dir.resolve("hand-ins/ann.jsonl"), ANN);
        Files.write(dir.resolve("hand-ins/jose.csv"), "student,delegation-lead\nJosé,b\n".getBytes(LATIN1));
        CliRun run = batch("--answers", "hand-ins", "--format", "csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("ann,18,18").doesNotContain("Jos");
        assertThat(run.err())
                .contains("hand-ins/jose.csv:2:4: error: not UTF-8: byte 0xE9 at line 2, column 4 is not"
                        + " valid UTF-8; the file is probably Latin-1 (ISO-8859-1); convert it with: iconv -f latin1 -t utf-8"
                        + " hand-ins/jose.csv > hand-ins/jose-utf8.csv");
    }

    @Test
    void aLatin1ColumnMap_isRefusedBeforeGrading() throws IOException {
        Files.write(dir.resolve("map.yaml"), "columns:\n  \"Frage é\": delegation-lead\n".getBytes(LATIN1));
        CliRun run = CliRun.withInput(dir, "Name,Frage 1\nAnn,b\n", "--batch", "set.yaml", "--columns", "map.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("map.yaml:2:10: error: not UTF-8: byte 0xE9 at line 2, column 10 is not"
                        + " valid UTF-8; the file is probably Latin-1 (ISO-8859-1); convert it with: iconv -f latin1 -t utf-8"
                        + " map.yaml > map-utf8.yaml\n");
        assertThat(run.out()).isEmpty();
    }

    private static byte[] utf16le(byte[] mark, String text, byte... tail) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(mark);
        bytes.write(text.getBytes(StandardCharsets.UTF_16LE));
        bytes.write(tail);
        return bytes.toByteArray();
    }

    private static final byte[] LE_MARK = {(byte) 0xFF, (byte) 0xFE};

    @Test
    void utf16WithAMark_andAnUnpairedSurrogate_isRefusedWhereItBreaks() throws IOException {
        // "Jos" then a lone high surrogate (0xD800, little-endian 00 D8), then "e": a decoder would make it U+FFFD.
        byte[] bytes = utf16le(LE_MARK, "student,delegation-lead\nJos", (byte) 0x00, (byte) 0xD8, (byte) 'e', (byte) 0);
        Files.write(dir.resolve("class.csv"), bytes);
        CliRun run = batch("--answers", "class.csv", "--format", "csv");
        assertThat(run.err())
                .isEqualTo("class.csv:2:4: error: not valid UTF-16: at line 2, column 4 (byte offset 56 in the"
                        + " file), 0xD800 is half of a character whose other half is missing (an unpaired"
                        + " surrogate); the file is damaged: export it again, or save it as UTF-8\nlectern:"
                        + " class.csv is not valid UTF-16; nothing was graded\n");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void utf16WithAMark_andAnOddLastByte_isRefused() throws IOException {
        byte[] bytes = utf16le(LE_MARK, "student,delegation-lead\nAnn,b\n", (byte) 'x');
        Files.write(dir.resolve("class.csv"), bytes);
        CliRun file = batch("--answers", "class.csv", "--format", "csv");
        assertThat(file.err())
                .startsWith("class.csv:3:1: error: not valid UTF-16: at line 3, column 1 (byte offset 62 in the"
                        + " file), the file ends in the middle of a character (an odd last byte, 0x78)");
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.out()).isEmpty();
    }

    @Test
    void aColumnMapInUtf16WithAMark_isRead_asAnswerFilesAre() throws IOException {
        String map = "columns:\n  \"Frage é\": delegation-lead\n";
        for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] {
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_8
        }) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write("\uFEFF".getBytes(charset)); // the mark, in the charset's own order
            bytes.write(map.getBytes(charset));
            Files.write(dir.resolve("map.yaml"), bytes.toByteArray());
            CliRun run = CliRun.withInput(dir, "Name,Frage é\nAnn,b\n", "--batch", "set.yaml", "--columns", "map.yaml");
            assertThat(run.err()).as(charset.name()).isEmpty();
            assertThat(run.out()).as(charset.name()).contains("Ann");
            assertThat(run.code()).as(charset.name()).isEqualTo(1);
        }
    }

    @Test
    void aColumnMapInUtf16WithoutAMark_isRefused_namingTheEncoding() throws IOException {
        Files.write(
                dir.resolve("map.yaml"),
                "columns:\n  \"Frage 1\": delegation-lead\n".getBytes(StandardCharsets.UTF_16LE));
        CliRun run = CliRun.withInput(dir, "Name,Frage 1\nAnn,b\n", "--batch", "set.yaml", "--columns", "map.yaml");
        assertThat(run.err())
                .startsWith("map.yaml:1:2: error: not UTF-8: a NUL byte at line 1, column 2, and every other byte is"
                        + " NUL: the file is probably UTF-16LE without a byte-order mark; convert it with: iconv -f"
                        + " utf-16le -t utf-8 map.yaml > map-utf8.yaml\n");
        assertThat(run.code()).isEqualTo(2);
    }
}
