package dev.lectern.model;

import java.math.BigDecimal;

/** How far a numeric answer may be from the expected value: absolute ({@code 0.5}) or a percentage ({@code 5%}). */
public record Tolerance(BigDecimal amount, boolean percent) {
    public static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, false);

    public Tolerance {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("tolerance cannot be negative: " + amount);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + (percent ? "%" : "");
    }
}
