package dev.lectern.cli;

import dev.lectern.load.LoadResult;

/** Small wording helpers for messages. */
final class Words {
    private Words() {}

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Why a set that did not load cannot be used, and what to run: "2 errors; run: lectern check NAME". */
    static String errorsRunCheck(LoadResult result, String name) {
        return count(result.problems().stream().filter(p -> p.isError()).count(), "error") + "; run: lectern check "
                + name;
    }
}
