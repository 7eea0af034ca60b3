package dev.lectern.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** GIFT's escaping, as Moodle's {@code repchar} writes it: the control characters and line breaks. */
final class GiftText {
    private GiftText() {}

    /** {@code \ # = ~ { } :} escaped with a backslash, a line break as {@code \n}, carriage returns dropped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '#', '=', '~', '{', '}', ':' -> sb.append('\\').append(c);
                case '\n' -> sb.append("\\n");
                case '\r' -> {}
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** An answer weight, {@code %33.33333%}: five decimals give the 0.3333333 that Moodle's list of grades holds. */
    static String weight(BigDecimal percent) {
        BigDecimal p = percent.setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
        return "%" + (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }
}
