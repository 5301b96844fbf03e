package org.sentigrid.text;

import java.nio.charset.Charset;

/**
 * Receives a plain-text source as regions of bytes, to be split, scored and formatted elsewhere (on
 * the grid's workers), and the units of anything that cannot go as regions.
 */
public interface RegionSink extends UnitSink {
    /**
     * The next region of the source: whole blocks (see {@link TextInput#splitRegion}), to decode with
     * {@code charset}, beginning {@code charOffset} chars into the decoded source.
     */
    void region(byte[] bytes, Charset charset, long charOffset);

    /**
     * Waits until every region handed over so far has been split, and returns how many units they
     * held: units handed over next are numbered on from there.
     */
    long unitsSoFar();
}
