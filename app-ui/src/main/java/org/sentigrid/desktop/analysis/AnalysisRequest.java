package org.sentigrid.desktop.analysis;

import java.util.List;
import org.sentigrid.api.EngineMode;
import org.sentigrid.text.SplitMode;

/** What to analyze and how: the documents in order, the engine and how text is cut into units. */
public record AnalysisRequest(List<DocumentInput> documents, EngineMode mode, SplitMode split) {
    public AnalysisRequest {
        documents = List.copyOf(documents);
    }
}
