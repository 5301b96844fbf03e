package org.sentigrid.desktop.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.session.ResultsSink;
import org.sentigrid.session.ScoredChunk;
import org.sentigrid.session.SessionFile;
import org.sentigrid.text.TextUnit;

/** The results of a store (a copy, read in the background) as a session writes them: each document, then its units in chunks. */
final class StoreResults implements SessionFile.Results {
    private final ResultStore store;

    StoreResults(ResultStore store) {
        this.store = store;
    }

    @Override
    public void replay(ResultsSink sink) throws IOException {
        for (int d = 0; d < store.documents(); d++) {
            sink.document(store.documentName(d));
            int end = store.documentStart(d) + store.documentSize(d);
            for (int from = store.documentStart(d); from < end; from += SessionFile.CHUNK_UNITS) {
                sink.units(chunk(from, Math.min(end, from + SessionFile.CHUNK_UNITS)));
            }
        }
    }

    private ScoredChunk chunk(int from, int to) {
        List<TextUnit> units = new ArrayList<>(to - from);
        List<SentimentScores> scores = new ArrayList<>(to - from);
        List<String> workers = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            units.add(store.textUnit(i));
            scores.add(store.scores(i));
            workers.add(store.worker(i));
        }
        return new ScoredChunk(units, scores, workers);
    }
}
