package dev.lectern.batch;

/** What a run adds up as it goes: sums only, so memory stays flat however many sheets there are. */
public final class Totals {
    long graded;
    long passed;
    long failed;
    long malformed;
    long warnings;
    double percentSum;
    private final ItemStats stats;

    Totals(ItemStats stats) {
        this.stats = stats;
    }

    /** The item analysis, when {@code --stats} asked for it. */
    public java.util.Optional<ItemStats> stats() {
        return java.util.Optional.ofNullable(stats);
    }

    void add(GradedSheet g) {
        graded++;
        percentSum += g.percent();
        if (stats != null) {
            stats.add(g);
        }
        g.passed().ifPresent(p -> {
            if (p) {
                passed++;
            } else {
                failed++;
            }
        });
    }

    public long graded() {
        return graded;
    }

    public long passed() {
        return passed;
    }

    public long failed() {
        return failed;
    }

    public long malformed() {
        return malformed;
    }

    public long warnings() {
        return warnings;
    }

    public double meanPercent() {
        return graded == 0 ? 0 : percentSum / graded;
    }
}
