package org.sentigrid.analysis;

import java.util.List;
import org.sentigrid.format.ScoredUnit;

/** A chunk's units, scored, in order, and the name of the worker that scored them. */
public record ScoredUnits(List<ScoredUnit> units, String worker) {
}
