package org.sentigrid.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Where a table source has the columns to keep ({@link InputOptions#keep()}), and their values in a record. */
final class KeptColumns {
    /** Per kept column, its index in the source's records, or -1 when the source has no such column. */
    private final int[] indices;

    private KeptColumns(int[] indices) {
        this.indices = indices;
    }

    /**
     * @param header the source's column names and their indices
     * @param name   the source as messages name it; a kept column it lacks is a warning, and its values are empty
     */
    static KeptColumns in(List<String> keep, Map<String, Integer> header, String name, UnitSink sink) {
        int[] indices = new int[keep.size()];
        for (int i = 0; i < indices.length; i++) {
            Integer index = header.get(keep.get(i));
            indices[i] = index == null ? -1 : index;
            if (index == null) {
                sink.warning(name + " has no column \"" + keep.get(i) + "\" to keep; it is left empty for this file.");
            }
        }
        return new KeptColumns(indices);
    }

    /** The kept values of a record whose cells {@code cell} gives by index (null for a cell the record lacks). */
    List<String> values(IntFunction<String> cell) {
        if (indices.length == 0) {
            return List.of();
        }
        String[] values = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            values[i] = indices[i] < 0 ? null : cell.apply(indices[i]);
        }
        return Arrays.asList(values);
    }
}
