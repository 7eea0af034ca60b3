package dev.lectern.draft;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Proper nouns as Apache OpenNLP's English part-of-speech model (Universal Dependencies, English Web Treebank) tags
 * them. The model is a library on the class path ({@code opennlp-models-pos-en}), never downloaded; only {@code lectern
 * draft} loads it, so no other command pays for it.
 */
public final class OpenNlpProperNouns implements ProperNouns {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final POSTaggerME tagger;

    private OpenNlpProperNouns(POSTaggerME tagger) {
        this.tagger = tagger;
    }

    /** The tagger, or empty when the model is not on the class path or cannot be read. */
    public static Optional<ProperNouns> load() {
        try (InputStream in = OpenNlpProperNouns.class.getResourceAsStream(MODEL)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new OpenNlpProperNouns(new POSTaggerME(new POSModel(in))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean[] tag(List<String> tokens) {
        String[] tags = tagger.tag(tokens.toArray(new String[0]));
        boolean[] proper = new boolean[tags.length];
        for (int i = 0; i < tags.length; i++) {
            proper[i] = tags[i].equals("PROPN") || tags[i].startsWith("NNP");
        }
        return proper;
    }
}
