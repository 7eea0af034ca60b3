package dev.lectern.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How strictly free-text answers are matched, chosen per set (or, later, per question). */
public enum MatchPolicy {
    EXACT("exact"), NORMALIZED("normalized"), LENIENT("lenient"), SQUAD("squad");

    private final String yamlName;

    MatchPolicy(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<MatchPolicy> byName(String name) {
        return Arrays.stream(values()).filter(p -> p.yamlName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(MatchPolicy::yamlName).toList();
    }
}
