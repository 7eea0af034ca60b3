package dev.lectern.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A name in an article (a run of capitalised words) and what kind of thing it names, as far as can be told. */
record Name(String text, Kind kind) {
    enum Kind {
        PERSON("Who"),
        PLACE("Where"),
        ORGANISATION("Which organisation"),
        OTHER("What");

        final String asked;

        Kind(String asked) {
            this.asked = asked;
        }
    }

    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "Ministry",
            "Party",
            "Council",
            "University",
            "Company",
            "Kremlin",
            "Bank",
            "Agency",
            "Organisation",
            "Organization",
            "Union",
            "Committee",
            "Office",
            "Inc",
            "Ltd",
            "Corporation",
            "Association",
            "Court",
            "Parliament",
            "Senate",
            "Congress",
            "Army",
            "Navy",
            "Church",
            "College",
            "School",
            "Institute",
            "Department",
            "Commission",
            "Foundation",
            "Society",
            "Group",
            "Club",
            "Broncos",
            "Nato",
            "NATO",
            "UN",
            "EU",
            "BBC",
            "Museum",
            "Federation",
            "League",
            "Times",
            "Post");
    private static final Set<String> PLACE_BEFORE = Set.of(
            "in", "to", "from", "near", "at", "across", "into", "outside", "inside", "towards", "toward", "through");

    /** The kind from the name's words and the word before each of its occurrences. */
    static Kind kindOf(String text, List<String> wordsBefore) {
        List<String> words = List.of(text.split(" "));
        if (words.stream().anyMatch(ORGANISATION_WORDS::contains)) {
            return Kind.ORGANISATION;
        }
        long places = wordsBefore.stream()
                .filter(w -> PLACE_BEFORE.contains(w.toLowerCase(Locale.ROOT)))
                .count();
        if (places * 2 > wordsBefore.size() && words.size() <= 3) {
            return Kind.PLACE;
        }
        if (words.size() >= 2 && words.size() <= 4 && words.stream().noneMatch(w -> w.equals("of"))) {
            return Kind.PERSON;
        }
        return Kind.OTHER;
    }
}
