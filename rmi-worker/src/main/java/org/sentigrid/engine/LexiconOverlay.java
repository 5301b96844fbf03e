package org.sentigrid.engine;

import java.nio.file.Path;
import java.util.Map;

/** STUB: being implemented. User-supplied words with valences that extend or replace the lexicon. */
public final class LexiconOverlay {
    /** Reads "word<TAB>valence" lines (# comments and blank lines ignored). Throws LexiconFormatException naming the bad line. */
    public static LexiconOverlay read(Path file) throws java.io.IOException {
        throw new UnsupportedOperationException("TODO");
    }

    public static LexiconOverlay of(Map<String, Double> entries) {
        throw new UnsupportedOperationException("TODO");
    }
}
