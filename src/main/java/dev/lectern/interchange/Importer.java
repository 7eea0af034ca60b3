package dev.lectern.interchange;

/**
 * Reads one platform file into model questions. {@code fileName} is the name problems are reported under
 * ({@code file:line:col: error: …}); {@code bytes} is the file as read. Never throws for bad input.
 */
public interface Importer {
    ImportResult read(String fileName, byte[] bytes);
}
