package dev.lectern.batch.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a cell of option texts joined with commas ({@code Fomin, Galuzin, Smith, Bob}) as the options it names,
 * trying every way of cutting it at a comma so that each piece is one option's text: the comma inside
 * {@code Smith, Bob} is kept when "Smith, Bob" is an option. Case and surrounding space do not count.
 */
final class OptionSplit {
    private OptionSplit() {}

    /** The options named, in the order written; empty when the cell cannot be cut into option texts. */
    static List<String> split(String cell, List<String> options) {
        String text = cell.toLowerCase(Locale.ROOT);
        List<String> lower =
                options.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
        // reach[i]: the option that ends a reading of text[0, i), or -1; a dynamic programme over commas.
        int n = text.length();
        int[] option = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(option, -2);
        option[0] = -1;
        for (int start = 0; start < n; start++) {
            if (option[start] == -2) {
                continue;
            }
            int s = start;
            while (s < n && text.charAt(s) == ' ') {
                s++;
            }
            for (int o = 0; o < lower.size(); o++) {
                String candidate = lower.get(o);
                if (!candidate.isEmpty() && text.startsWith(candidate, s)) {
                    int end = s + candidate.length();
                    int after = end;
                    while (after < n && text.charAt(after) == ' ') {
                        after++;
                    }
                    if (after == n && option[n] == -2) {
                        option[n] = o;
                        from[n] = start;
                    } else if (after < n && text.charAt(after) == ',' && option[after + 1] == -2) {
                        option[after + 1] = o;
                        from[after + 1] = start;
                    }
                }
            }
        }
        if (option[n] < 0) {
            return List.of();
        }
        List<String> picks = new ArrayList<>();
        for (int at = n; at > 0; at = from[at]) {
            picks.add(0, options.get(option[at]));
        }
        return picks;
    }
}
