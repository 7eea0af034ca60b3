package dev.lectern.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every question type by its {@code type:} name. */
final class TypeReaders {
    static final Map<String, TypeReader> BY_NAME = byName();
    static final List<String> NAMES = List.copyOf(BY_NAME.keySet());

    private TypeReaders() {}

    private static Map<String, TypeReader> byName() {
        Map<String, TypeReader> m = new LinkedHashMap<>();
        m.put("choice", new ChoiceReader());
        m.put("multi", new MultiReader());
        m.put("true-false", new TrueFalseReader());
        m.put("short", new ShortReader());
        m.put("number", new NumberReader());
        m.put("cloze", new ClozeReader());
        m.put("order", new OrderReader());
        m.put("match", new MatchReader());
        m.put("evidence", new EvidenceTypeReader());
        return Collections.unmodifiableMap(m);
    }
}
