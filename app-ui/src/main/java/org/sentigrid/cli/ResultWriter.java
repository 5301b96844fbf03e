package org.sentigrid.cli;

import java.io.Flushable;
import java.io.IOException;

/**
 * Writes results in one output format: a header (where the format has one) when created, then one
 * record per {@link #write}. {@link #flush} at the end; closing the underlying writer is the caller's.
 */
interface ResultWriter extends Flushable {
    void write(ScoredUnit result) throws IOException;
}
