package org.sentigrid.api.grid;

import java.io.Serializable;

/**
 * What a worker pulls from the coordinator: a {@link Batch} of units to score, or a {@link Region} of
 * a source to split, score and format.
 */
public sealed interface Work extends Serializable permits Batch, Region, PackedRegion {
    long jobId();

    long batchId();

    JobSettings settings();

    /** Whether {@code result} can be this work's answer (same ids, and the shape this work asks for). */
    boolean answeredBy(WorkResult result);
}
