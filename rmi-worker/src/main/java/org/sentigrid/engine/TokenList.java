package org.sentigrid.engine;

import java.util.Arrays;

/** A growable list of tokens and their spans, filled while splitting. */
final class TokenList {
    private String[] words = new String[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;

    void add(String word, int start, int end) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        words[size] = word;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    String[] words() {
        return Arrays.copyOf(words, size);
    }

    int[] starts() {
        return Arrays.copyOf(starts, size);
    }

    int[] ends() {
        return Arrays.copyOf(ends, size);
    }
}
