package dev.lectern.source;

import java.util.List;

/** Joins the lines of one paragraph into one line: single spaces, hyphens at line ends undone where they break a word. */
final class LineJoiner {
    private final Dehyphenation hyphens;

    /** For the paragraphs of a document whose lines are {@code allLines} (its vocabulary decides hyphens). */
    LineJoiner(List<String> allLines) {
        this.hyphens = new Dehyphenation(allLines);
    }

    String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = Whitespace.collapse(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                int last = out.length() - 1;
                boolean wordHyphen = out.charAt(last) == '-'
                        && last > 0
                        && Character.isLetter(out.charAt(last - 1))
                        && Character.isLetter(line.charAt(0));
                if (out.charAt(last) == '\u00AD') {
                    out.setLength(last);
                } else if (wordHyphen && hyphens.joins(out.toString(), line)) {
                    out.setLength(last);
                } else if (!wordHyphen) {
                    out.append(' ');
                }
                // else a real hyphenated word broken at its hyphen: "well-" + "known", no space between
            }
            out.append(line);
        }
        return Whitespace.collapse(out.toString().replace("\u00AD", ""));
    }
}
