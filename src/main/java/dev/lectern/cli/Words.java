package dev.lectern.cli;

/** Small wording helpers for messages. */
final class Words {
    private Words() {
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
