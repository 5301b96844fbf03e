package org.sentigrid.analysis;

import org.sentigrid.api.grid.RegionResult;

/** A region's formatted records, and the name of the worker that made them. */
public record ScoredRegion(RegionResult records, String worker) {
}
