package org.sentigrid.desktop.terms;

import org.sentigrid.terms.KwicLine;

/** An occurrence in the window's results, with the index of its unit there (to select it). */
public record KwicRow(int index, KwicLine line) {
}
