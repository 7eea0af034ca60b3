package dev.lectern.store;

import dev.lectern.model.Question;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a question's content: the first 16 hex digits of SHA-256 over the question record's
 * {@code toString()}. Model records are immutable values whose {@code toString()} lists every component
 * (prompt, options, answers, points, matching, evidence passages), so it changes exactly when what the file says
 * about the question changes; the choice is documented here so a reworded field shows as "changed since". The
 * hash is only compared with itself across runs of the same Lectern version family, never parsed.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Question question) {
        return of(question.toString());
    }

    static String of(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
