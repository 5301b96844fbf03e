package org.sentigrid.desktop.explain;

import org.sentigrid.engine.Explanation;

/** A unit and why it scored as it did. */
public record Explained(String document, long unit, String text, Explanation explanation) {
}
