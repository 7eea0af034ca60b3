package dev.lectern.interchange;

import dev.lectern.model.QuestionSet;

/**
 * Writes a loaded question set in one platform format. Never throws for a question the format cannot hold: it
 * is left out (or written changed) with an {@link ExportNote} that says why, and the file holds everything else.
 * The output is deterministic: the same set gives the same bytes.
 */
public interface Exporter {
    Export export(QuestionSet set);
}
