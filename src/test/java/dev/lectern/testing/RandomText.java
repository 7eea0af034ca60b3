package dev.lectern.testing;

import java.util.Random;

/** Generators of strings for property tests. */
public final class RandomText {
    private RandomText() {}

    /** Any UTF-16 chars, lone surrogates and controls included, up to {@code maxLength} long. */
    public static String arbitrary(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            sb.append(kind == 0 ? (char) random.nextInt(0x10000) : (char) (0x20 + random.nextInt(0x5F)));
        }
        return sb.toString();
    }

    /** Chars drawn from {@code alphabet}, up to {@code maxLength} long. */
    public static String from(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** The string with control chars escaped, for failure messages. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
