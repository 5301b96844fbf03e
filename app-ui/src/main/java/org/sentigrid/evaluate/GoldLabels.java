package org.sentigrid.evaluate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sentigrid.api.SentimentLabel;

/**
 * How gold values become labels: the user's map ({@code --gold-map 1=positive,0=negative}) first, then the
 * label names themselves in any case ({@code Positive}, {@code NEGATIVE}).
 */
public final class GoldLabels {
    private final Map<String, SentimentLabel> map;

    private GoldLabels(Map<String, SentimentLabel> map) {
        this.map = Map.copyOf(map);
    }

    public static GoldLabels names() {
        return new GoldLabels(Map.of());
    }

    /**
     * Parses {@code VALUE=LABEL[,VALUE=LABEL...]}; values are compared after trimming spaces.
     *
     * @throws IllegalArgumentException with one plain sentence when it is not such a list
     */
    public static GoldLabels parse(String spec) {
        Map<String, SentimentLabel> map = new LinkedHashMap<>();
        for (String entry : spec.split(",", -1)) {
            int equals = entry.lastIndexOf('=');
            SentimentLabel label = equals < 0 ? null : labelNamed(entry.substring(equals + 1));
            if (equals <= 0 || label == null) {
                throw new IllegalArgumentException("--gold-map takes VALUE=LABEL pairs separated by commas, each LABEL "
                        + "positive, neutral or negative (e.g. 1=positive,0=negative); '" + entry + "' is not one");
            }
            map.put(entry.substring(0, equals).strip(), label);
        }
        return new GoldLabels(map);
    }

    /** The label of a gold value; null when it has none. */
    public SentimentLabel label(String gold) {
        String value = gold.strip();
        SentimentLabel mapped = map.get(value);
        return mapped != null ? mapped : labelNamed(value);
    }

    private static SentimentLabel labelNamed(String name) {
        for (SentimentLabel label : SentimentLabel.values()) {
            if (label.id().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return label;
            }
        }
        return null;
    }
}
