package org.sentigrid.evaluate;

import java.util.Locale;

/** What the gold column holds: numeric ratings, or labels. */
public enum GoldType {
    RATING, LABEL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GoldType fromId(String id) {
        for (GoldType type : values()) {
            if (type.id().equals(id.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown gold type '" + id + "' (expected rating or label)");
    }

    /**
     * Labels when a gold value is a label's name (positive, neutral, negative, in any case) or none is a number;
     * else ratings (and a value that is not a number is a row left out).
     */
    public static GoldType guess(GoldRows rows) {
        GoldLabels names = GoldLabels.names();
        boolean number = false;
        for (int i = 0; i < rows.size(); i++) {
            if (names.label(rows.gold(i)) != null) {
                return LABEL;
            }
            number |= !Double.isNaN(rating(rows.gold(i)));
        }
        return number ? RATING : LABEL;
    }

    /** A gold value as a rating; NaN when it is not a finite number. */
    static double rating(String gold) {
        try {
            double rating = Double.parseDouble(gold.strip());
            return Double.isFinite(rating) ? rating : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
