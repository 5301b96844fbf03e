package org.sentigrid.desktop.analysis;

import org.sentigrid.api.grid.BatchResult;

/** The scores of the texts of one {@link Scorer#submit}, in their order, and the name of the worker that made them. */
public record ScoredTexts(BatchResult result, String worker) {
}
