package dev.lectern.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The one rule for a pass mark, in a set ({@code pass: 60%}) and on the command line ({@code --pass 60%}): a
 * percentage from 0% to 100%, with its {@code %}. A bare number is refused in both places: {@code 0.6} was read as
 * 0.6% by one and as an error by the other, and a teacher who writes it means 60%.
 */
public final class PassMark {
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d+)?\\s*%");
    private static final Pattern BARE = Pattern.compile("\\d+(\\.\\d+)?");

    private PassMark() {}

    /** {@code 60%} as 0.6; empty when {@code text} is not a percentage from 0% to 100%. */
    public static OptionalDouble parse(String text) {
        String t = text.strip();
        if (PERCENT.matcher(t).matches()) {
            double percent = Double.parseDouble(t.substring(0, t.length() - 1).strip());
            if (percent <= 100) {
                return OptionalDouble.of(percent / 100);
            }
        }
        return OptionalDouble.empty();
    }

    /** What to tell whoever wrote {@code text}, which {@link #parse} refused, beyond "write 60%". */
    public static Optional<String> hint(String text) {
        String t = text.strip();
        if (!BARE.matcher(t).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(t);
        if (value <= 1) {
            return Optional.of("a number without % is not taken: write " + trim(value * 100) + "% for "
                    + trim(value * 100) + " percent, or " + t + "% if you mean that");
        }
        return Optional.of("a number without % is not taken: write " + t + "%");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
