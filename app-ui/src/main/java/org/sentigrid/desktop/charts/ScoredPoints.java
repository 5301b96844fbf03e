package org.sentigrid.desktop.charts;

/**
 * Scored units in document order (all of document 0, then document 1, ...), as the charts read them.
 * It grows while a job runs, and the charts read it again on {@code refresh()}; it is cleared or replaced
 * when a new job starts or a session opens, which a chart notices when it next draws.
 * Read on the FX thread only.
 */
public interface ScoredPoints {
    /** Points so far. */
    int size();

    /** The VADER compound score of a point, -1..1. */
    double compound(int index);

    /** Documents so far; a document may have no points. */
    int documents();

    String documentName(int document);

    /** The index of the document's first point. */
    int documentStart(int document);

    /** The document's points so far. */
    int documentSize(int document);
}
