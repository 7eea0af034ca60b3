package dev.lectern.load;

import dev.lectern.model.MatchPolicy;
import java.util.List;
import java.util.OptionalDouble;

/** Reads the set-level options {@code shuffle}, {@code pass} and {@code match}. */
final class SetOptions {
    private SetOptions() {
    }

    static boolean bool(Scalar s, Problems problems) {
        switch (s.text().toLowerCase()) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                problems.error(s.pos(), "shuffle must be true or false; found '" + s.text() + "'");
                return false;
        }
    }

    /** {@code 60%} as 0.6. */
    static OptionalDouble passMark(Scalar s, Problems problems) {
        String text = s.text().strip();
        if (text.matches("\\d{1,3}(\\.\\d+)?\\s*%")) {
            double percent = Double.parseDouble(text.substring(0, text.length() - 1).strip());
            if (percent <= 100) {
                return OptionalDouble.of(percent / 100);
            }
        }
        problems.error(s.pos(), "pass must be a percentage from 0% to 100%, like 60%; found '" + s.text() + "'");
        return OptionalDouble.empty();
    }

    static MatchPolicy policy(Scalar s, Problems problems) {
        List<String> names = MatchPolicy.names();
        return MatchPolicy.byName(s.text()).orElseGet(() -> {
            problems.error(s.pos(), "unknown match policy '" + s.text() + "'" + DidYouMean.hint(s.text(), names)
                    + " (policies: " + String.join(", ", names) + ")");
            return MatchPolicy.NORMALIZED;
        });
    }
}
