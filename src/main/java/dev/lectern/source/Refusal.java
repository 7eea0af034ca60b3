package dev.lectern.source;

/**
 * Why a source could not be turned into an article: {@code unusable} input (empty, binary, not what its name says,
 * no text found) or a source that cannot be had at all ({@code unavailable}: no such file, an unreachable URL).
 */
public record Refusal(String message, boolean unavailable) {
    static Refusal unusable(String message) {
        return new Refusal(message, false);
    }

    static Refusal unavailable(String message) {
        return new Refusal(message, true);
    }
}
