package org.sentigrid.api.grid;

import java.io.Serializable;

/** What a worker hands back for one piece of {@link Work}. */
public sealed interface WorkResult extends Serializable permits BatchResult, RegionResult, PackedRegionResult {
    long jobId();

    long batchId();

    /** How many units were scored. */
    int units();
}
