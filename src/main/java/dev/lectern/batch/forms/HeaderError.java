package dev.lectern.batch.forms;

/** A header Lectern cannot read the sheets under: a named column that is missing, a question answered twice. */
public record HeaderError(int field, String message) {}
