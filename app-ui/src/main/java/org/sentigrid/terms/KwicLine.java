package org.sentigrid.terms;

import org.sentigrid.api.SentimentLabel;

/**
 * One occurrence of a word in its unit: the context on either side (whitespace runs read as one space),
 * the word as written, and its unit's compound and label.
 *
 * @param start offset (UTF-16 chars) of the word in its unit's text
 */
public record KwicLine(String source, long unit, String left, String word, String right, double compound,
                       SentimentLabel label, int start) {
}
