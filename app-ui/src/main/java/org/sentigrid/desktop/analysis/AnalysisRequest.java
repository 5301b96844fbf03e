package org.sentigrid.desktop.analysis;

import java.util.List;
import java.util.Objects;
import org.sentigrid.api.EngineMode;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.text.SplitMode;

/**
 * What to analyze and how: the documents in order, the engine, the user's lexicon overlay and how text
 * is cut into units; and, for a job that goes on where an interrupted one stopped, where that was.
 */
public record AnalysisRequest(List<DocumentInput> documents, EngineMode mode, LexiconOverlay overlay, SplitMode split,
                              ResumePoint resume) {
    public AnalysisRequest {
        documents = List.copyOf(documents);
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(resume, "resume");
    }

    public AnalysisRequest(List<DocumentInput> documents, EngineMode mode, SplitMode split) {
        this(documents, mode, LexiconOverlay.empty(), split, ResumePoint.START);
    }

    /**
     * Where a job goes on: the documents before the {@code documentsStarted}-th are done, and so are the
     * units of that one up to {@code lastUnit} (units are scored in order within a document); {@code
     * unitsDone} units were scored in all. Their results are shown already: the job neither starts those
     * documents again nor scores those units.
     */
    public record ResumePoint(int documentsStarted, long lastUnit, long unitsDone) {
        public static final ResumePoint START = new ResumePoint(0, 0, 0);

        public ResumePoint {
            if (documentsStarted < 0 || lastUnit < 0 || unitsDone < 0 || (documentsStarted == 0 && lastUnit > 0)) {
                throw new IllegalArgumentException("no such place: document " + documentsStarted + ", unit " + lastUnit);
            }
        }
    }
}
