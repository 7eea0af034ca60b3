package dev.lectern.cli;

import dev.lectern.batch.Delimiter;
import dev.lectern.batch.InputFormat;
import dev.lectern.batch.ReportFormat;
import java.nio.file.Path;
import java.util.OptionalDouble;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code lectern --batch}; they mean nothing without it. This declaration is the one list of them:
 * {@code lectern} refuses any of them without {@code --batch}, naming those given, from the options declared here.
 */
public final class BatchOptions {
    @Option(
            names = "--answers",
            paramLabel = "FILE|-",
            description = "With --batch: answer sheets to grade (default and '-': standard input).")
    String answers;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "With --batch: the report, ${COMPLETION-CANDIDATES} (default: text).")
    ReportFormat format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "With --batch: write the report to FILE, atomically (default: standard output).")
    Path out;

    @Option(
            names = "--pass",
            paramLabel = "PERCENT",
            converter = PassMark.class,
            description = "With --batch: the pass mark, like 60%% (default: the set's pass:).")
    OptionalDouble pass;

    @Option(names = "--details", description = "With --batch: every question's verdict and expected answer.")
    boolean details;

    @Option(
            names = "--stats",
            description = "With --batch: item analysis (facility, discrimination, option picks,"
                    + " flags) in text, json and jsonl reports.")
    boolean stats;

    @Option(
            names = "--input-format",
            paramLabel = "SHEET_FORMAT",
            description = "With --batch: ${COMPLETION-CANDIDATES} (default: from the extension).")
    InputFormat inputFormat;

    @Option(
            names = "--student-column",
            paramLabel = "NAME[,NAME...]",
            description = "With --batch and CSV sheets: the column(s) naming the student, joined with spaces"
                    + " (default: Name, else First name and Surname, else Email, else the first column).")
    String studentColumn;

    @Option(
            names = "--csv-raw",
            description =
                    "With --batch --format csv: write names as they are, even those a"
                            + " spreadsheet would run as a formula (=, +, -, @); by default these get an apostrophe before them.")
    boolean csvRaw;

    @Option(
            names = "--columns",
            paramLabel = "MAP.yaml",
            description = "With --batch and CSV sheets: which column answers which question (overrides every"
                    + " guess; see docs/batch.md).")
    Path columns;

    @Option(
            names = "--show-columns",
            description = "With --batch and CSV sheets: print how each column is read"
                    + " (question, name, metadata, ignored) and exit.")
    boolean showColumns;

    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            converter = DelimiterName.class,
            description = "With --batch and CSV sheets: the field delimiter, ',' ';' or tab (default: sniffed"
                    + " from the header line).")
    Delimiter delimiter;

    @Option(
            names = "--record",
            description = "With --batch: record each graded sheet in the history, as a session"
                    + " of its own (lectern stats shows them); --data-dir says where.")
    boolean record;

    /** What is wrong with these options together, before anything is read (with {@code --batch}). */
    java.util.Optional<String> problem() {
        if (stats && format == ReportFormat.csv) {
            return java.util.Optional.of("--stats goes with --format text, json or jsonl; a CSV gradebook has no room"
                    + " for it (run once more with --format text --stats)");
        }
        return java.util.Optional.empty();
    }

    /** The names in {@code --student-column}: {@code "First name,Surname"} is two columns. */
    java.util.List<String> studentColumns() {
        return studentColumn == null
                ? java.util.List.of()
                : java.util.Arrays.stream(studentColumn.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** {@code ,}, {@code ;} or {@code tab}. */
    static final class DelimiterName implements ITypeConverter<Delimiter> {
        @Override
        public Delimiter convert(String value) {
            return Delimiter.named(value)
                    .orElseThrow(() ->
                            new TypeConversionException("'" + value + "' is not a delimiter; write ',', ';' or tab"));
        }
    }

    /** {@code 60%} as 0.6, by the same rule as a set's {@code pass:} ({@link dev.lectern.model.PassMark}). */
    static final class PassMark implements ITypeConverter<OptionalDouble> {
        @Override
        public OptionalDouble convert(String value) {
            OptionalDouble mark = dev.lectern.model.PassMark.parse(value);
            if (mark.isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not a pass mark; write a percentage from 0%"
                        + " to 100%, like 60%"
                        + dev.lectern.model.PassMark.hint(value)
                                .map(h -> " (" + h + ")")
                                .orElse(""));
            }
            return mark;
        }
    }
}
