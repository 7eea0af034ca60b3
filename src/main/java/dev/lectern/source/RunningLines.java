package dev.lectern.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the lines a PDF repeats on its pages: running headers among the first lines of a page and footers among
 * the last, recognised when the same text (digits aside, so "Page 3 of 9" matches "Page 4 of 9") is at that end of
 * at least half the pages; and page numbers, a lone number ("7", "- 7 -", "Page 7", "7 of 9", "vii") at the top or
 * bottom of a page.
 */
final class RunningLines {
    private static final int EDGE = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(page\\s*)?(\\d+|[ivxlcdm]+)(\\s*(of|/)\\s*\\d+)?|[-–—]\\s*\\d+\\s*[-–—]", Pattern.CASE_INSENSITIVE);

    private RunningLines() {}

    /** The pages with running headers, footers and page numbers removed, counted into {@code dropped}. */
    static List<List<PdfLine>> remove(List<List<PdfLine>> pages, Tally dropped) {
        Map<String, Integer> tops = counts(pages, true);
        Map<String, Integer> bottoms = counts(pages, false);
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<List<PdfLine>> out = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                boolean top = i < EDGE;
                boolean bottom = i >= page.size() - EDGE;
                boolean edge = i < 2 || i >= page.size() - 2;
                if (edge && PAGE_NUMBER.matcher(line.text()).matches()) {
                    dropped.add(Boilerplate.PAGE_NUMBER);
                } else if (top && tops.getOrDefault(shape(line.text()), 0) >= needed) {
                    dropped.add(Boilerplate.RUNNING_HEADER);
                } else if (bottom && bottoms.getOrDefault(shape(line.text()), 0) >= needed) {
                    dropped.add(Boilerplate.RUNNING_FOOTER);
                } else {
                    kept.add(line);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** On how many pages each line shape occurs among the first (or last) lines. */
    private static Map<String, Integer> counts(List<List<PdfLine>> pages, boolean top) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<PdfLine> page : pages) {
            int from = top ? 0 : Math.max(0, page.size() - EDGE);
            int to = top ? Math.min(EDGE, page.size()) : page.size();
            page.subList(from, to).stream()
                    .map(l -> shape(l.text()))
                    .distinct()
                    .forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        return counts;
    }

    /** The text with every number made alike, case and spacing ignored. */
    private static String shape(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("\\d+", "#")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
