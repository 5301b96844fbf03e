package org.sentigrid.desktop.charts;

/** Scored units in document order (all of document 0, then document 1, ...). Read on the FX thread only. */
public interface ScoredPoints {
    int size();                       // points so far
    double compound(int index);       // VADER compound, -1..1
    int documents();                  // documents so far (a document may have 0 points)
    String documentName(int document);
    int documentStart(int document);  // index of its first point
    int documentSize(int document);   // its points so far
}
