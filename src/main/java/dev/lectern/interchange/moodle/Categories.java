package dev.lectern.interchange.moodle;

import dev.lectern.interchange.xml.HtmlText;
import dev.lectern.interchange.xml.XmlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The {@code <question type="category">} entries of a file. A path such as {@code $course$/top/Week 1//2} names
 * nested categories ({@code //} is a slash inside a name); the set is titled after the last name of the first.
 */
final class Categories {
    private final List<String> paths = new ArrayList<>();

    void add(Element category) {
        String path = XmlDocument.child(category, "category")
                .map(MoodleFields::textChild)
                .orElse("")
                .strip();
        if (path.isEmpty() || paths.contains(path)) {
            return;
        }
        paths.add(path);
    }

    List<String> paths() {
        return paths;
    }

    Optional<String> title() {
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        String[] names = paths.get(0).replace("//", "\uE001").split("/", -1);
        for (int i = names.length - 1; i >= 0; i--) {
            String n = HtmlText.collapse(names[i].replace('\uE001', '/'));
            if (!n.isEmpty() && !n.startsWith("$") && !n.equals("top")) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
