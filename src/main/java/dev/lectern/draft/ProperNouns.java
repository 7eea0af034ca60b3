package dev.lectern.draft;

import java.util.List;

/**
 * Which words of a sentence are proper nouns, as a part-of-speech tagger tells: the cross-check that keeps a
 * capitalised "Notably" or "European" out of the names. {@link #NONE} trusts capitals alone.
 */
public interface ProperNouns {
    /** A tagger that knows nothing: every capitalised word may be part of a name. */
    ProperNouns NONE = tokens -> null;

    /** For each token, whether it is a proper noun; {@code null} when this tagger cannot tell. */
    boolean[] tag(List<String> tokens);
}
