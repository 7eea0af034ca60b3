package dev.lectern.cli;

import dev.lectern.interchange.Format;
import picocli.CommandLine;

/** {@code --to moodle-xml}: a format by the name the command line spells it, with the names listed when unknown. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        return Format.byCliName(value)
                .orElseThrow(() -> new CommandLine.TypeConversionException(
                        "unknown format '" + value + "'" + " (formats: " + String.join(", ", Format.cliNames()) + ")"));
    }
}
