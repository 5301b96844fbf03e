package org.sentigrid.desktop.session;

import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.session.ResultsSink;
import org.sentigrid.session.ScoredChunk;

/** Collects results read from a session or a journal into a store of their own (in the background). */
final class StoreSink implements ResultsSink {
    private final ResultStore store = new ResultStore();

    @Override
    public void document(String name) {
        store.addDocument(name);
    }

    @Override
    public void units(ScoredChunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            store.add(chunk.units().get(i), chunk.scores().get(i), chunk.workers().get(i));
        }
    }

    ResultStore store() {
        return store;
    }
}
