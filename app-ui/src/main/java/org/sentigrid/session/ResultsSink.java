package org.sentigrid.session;

import java.io.IOException;

/** Takes results in order: a document starts, then its units follow in chunks. */
public interface ResultsSink {
    void document(String name) throws IOException;

    void units(ScoredChunk chunk) throws IOException;
}
