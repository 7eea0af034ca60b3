package dev.lectern.batch;

/** How results are written: a text table, one JSON document, JSON Lines, or a CSV gradebook. */
public enum ReportFormat {
    text,
    json,
    jsonl,
    csv
}
