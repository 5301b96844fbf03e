package org.sentigrid.text;

import java.util.Locale;

/** How text is cut into the units that are scored one by one. */
public enum SplitMode {
    /** Sentences (the default): blank lines always end one, single line breaks do not. */
    SENTENCES,
    /** Each non-blank line is one unit. */
    LINES,
    /** The whole input (or the whole CSV cell / JSON field) is one unit. */
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SplitMode fromId(String id) {
        for (SplitMode mode : values()) {
            if (mode.id().equals(id.toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown split mode '" + id + "' (expected sentences, lines or none)");
    }
}
