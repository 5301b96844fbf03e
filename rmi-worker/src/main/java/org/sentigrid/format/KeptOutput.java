package org.sentigrid.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kept columns ({@code --keep}) as the output writes them, after the standard columns: under their
 * own names, or {@code input_NAME} where the name is a standard column's ("label", "text", ...).
 */
public final class KeptOutput {
    public static final KeptOutput NONE = new KeptOutput(List.of());
    static final String CLASH_PREFIX = "input_";

    private final List<String> headers;

    private KeptOutput(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** @param names the kept columns as the input names them, in order */
    public static KeptOutput of(List<String> names) {
        Set<String> taken = new HashSet<>(RowFormat.columns(true));
        List<String> headers = new ArrayList<>();
        for (String name : names) {
            String header = name;
            while (taken.contains(header)) {
                header = CLASH_PREFIX + header;
            }
            taken.add(header);
            headers.add(header);
        }
        return new KeptOutput(headers);
    }

    /** The columns' names in the output, in order. */
    public List<String> headers() {
        return headers;
    }

    /** The columns in {@code format}, each with what precedes it; a null value is an empty field (JSON: null). */
    void append(RowFormat format, Bytes out, List<String> values) {
        for (int i = 0; i < headers.size(); i++) {
            String value = i < values.size() ? values.get(i) : null;
            format.keptField(out, headers.get(i), value);
        }
    }
}
