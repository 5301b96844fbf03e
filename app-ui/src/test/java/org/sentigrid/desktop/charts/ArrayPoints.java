package org.sentigrid.desktop.charts;

import java.util.Random;

/** Scored points held in arrays, for tests. */
final class ArrayPoints implements ScoredPoints {
    private final double[] compounds;
    private final int[] starts;
    private final int[] sizes;

    /** The compounds, split into documents of the given sizes (which add up to the number of compounds). */
    ArrayPoints(double[] compounds, int... documentSizes) {
        this.compounds = compounds;
        this.sizes = documentSizes;
        this.starts = new int[documentSizes.length];
        for (int d = 1; d < documentSizes.length; d++) {
            starts[d] = starts[d - 1] + documentSizes[d - 1];
        }
    }

    /** {@code n} uniformly random compounds in {@code documents} documents of about equal size. */
    static ArrayPoints random(int n, int documents, long seed) {
        Random random = new Random(seed);
        double[] compounds = new double[n];
        for (int i = 0; i < n; i++) {
            compounds[i] = random.nextDouble() * 2 - 1;
        }
        int[] sizes = new int[documents];
        for (int d = 0; d < documents; d++) {
            sizes[d] = n / documents + (d < n % documents ? 1 : 0);
        }
        return new ArrayPoints(compounds, sizes);
    }

    static ArrayPoints empty() {
        return new ArrayPoints(new double[0]);
    }

    double[] compounds() {
        return compounds;
    }

    @Override
    public int size() {
        return compounds.length;
    }

    @Override
    public double compound(int index) {
        return compounds[index];
    }

    @Override
    public int documents() {
        return sizes.length;
    }

    @Override
    public String documentName(int document) {
        return "document-" + (document + 1) + ".txt";
    }

    @Override
    public int documentStart(int document) {
        return starts[document];
    }

    @Override
    public int documentSize(int document) {
        return sizes[document];
    }
}
