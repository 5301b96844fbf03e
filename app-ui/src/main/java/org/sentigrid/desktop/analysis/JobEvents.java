package org.sentigrid.desktop.analysis;

import java.util.List;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.text.TextUnit;

/** What a running job reports, in order, from its own thread. Implementations hand it on quickly. */
public interface JobEvents {
    /** The job begins the next document; its results follow. */
    void documentStarted(String name);

    /** Units of the current document (named as the document), scored, in order; units and scores share indices. */
    void scored(List<TextUnit> units, List<SentimentScores> scores, String worker);

    /** How far reading has come: units read so far, and the share of the input's size read (0..1). */
    void read(long unitsRead, double shareRead);

    /** Something the user should know: a document that could not be read, units that could not be scored. */
    void problem(String message);

    /** The job is over: every unit read was scored or reported, or it was cancelled. */
    void finished(boolean cancelled);
}
