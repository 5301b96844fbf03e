package org.sentigrid.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;

/**
 * The record formats of {@code analyze}, written straight to UTF-8 bytes: one record per scored
 * unit, ending with LF. A record is {@link #head} (per source), the unit number in decimal, and
 * {@link #tail} (everything else): so a worker can format tails without knowing the global unit
 * numbers, and the coordinator only adds the head and the number.
 */
public enum RowFormat {
    /**
     * RFC 4180 with a header row, byte for byte as commons-csv's minimal quoting writes it: a field is
     * quoted when it starts with a char up to '#', ends with one up to ' ', holds CR, LF, '"' or ',',
     * or is empty and first in its record.
     */
    CSV(',') {
        @Override
        public byte[] head(String source) {
            return source.isEmpty() ? ascii("\"\",") : super.head(source);
        }

        @Override
        void string(Bytes out, CharSequence chars, int start, int end) {
            if (!needsQuotes(chars, start, end)) {
                out.appendUtf8(chars, start, end);
                return;
            }
            out.append('"');
            int from = start;
            for (int i = start; i < end; i++) {
                if (chars.charAt(i) == '"') {
                    out.appendUtf8(chars, from, i + 1).append('"');
                    from = i + 1;
                }
            }
            out.appendUtf8(chars, from, end).append('"');
        }

        @Override
        public boolean verbatim(CharSequence chars, int start, int end) {
            return !needsQuotes(chars, start, end);
        }

        private boolean needsQuotes(CharSequence chars, int start, int end) {
            if (start == end) {
                return false;
            }
            if (chars.charAt(start) <= '#' || chars.charAt(end - 1) <= ' ') {
                return true;
            }
            for (int i = start; i < end; i++) {
                char c = chars.charAt(i);
                if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }
    },

    /**
     * Tab-separated values with a header row. Backslash, tab, LF and CR inside a field are written as
     * {@code \\}, {@code \t}, {@code \n} and {@code \r}, so every record is one line and fields split at tabs.
     */
    TSV('\t') {
        @Override
        char escape(char c) {
            return switch (c) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
        }

        @Override
        void string(Bytes out, CharSequence chars, int start, int end) {
            escaped(out, chars, start, end);
        }
    },

    /**
     * JSON Lines: one object per unit with the columns as keys, in column order; scores as JSON numbers
     * with fixed decimals, {@code record} null for plain text. With explanations, {@code explanation} is
     * an array of {token, start, end, lexicon (null outside the lexicon), valence, rules} and
     * {@code punctuation} the emphasis from "!" and "?". Strings are escaped as jackson-core's
     * generator escapes them: '"', '\\' and control chars only, everything else as it is. Every line
     * starts with its '{' (jackson put its root-value separator, a space, before the second and later).
     */
    JSONL((char) 0) {
        @Override
        public byte[] header(boolean explain, KeptOutput kept) {
            return new byte[0];
        }

        @Override
        public byte[] head(String source) {
            Bytes out = new Bytes();
            raw(out, "{\"source\":");
            string(out, source, 0, source.length());
            raw(out, ",\"unit\":");
            return out.toByteArray();
        }

        @Override
        char escape(char c) {
            return c < JSON_ESCAPES.length ? JSON_ESCAPES[c] : 0;
        }

        @Override
        void textBody(Bytes out, CharSequence chars, int start, int end) {
            escaped(out, chars, start, end);
        }

        /** Explanations are rare and long-winded; they are formatted the easy way. */
        @Override
        void explanation(Bytes out, Explanation explanation) {
            raw(out, ",\"explanation\":[");
            List<TokenExplanation> tokens = explanation.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                TokenExplanation token = tokens.get(i);
                raw(out, i == 0 ? "{\"token\":" : ",{\"token\":");
                string(out, token.token(), 0, token.token().length());
                String lexicon = token.lexiconValence().isPresent()
                        ? Decimals.valence(token.lexiconValence().getAsDouble()).toPlainString() : "null";
                raw(out, ",\"start\":" + token.start() + ",\"end\":" + token.end() + ",\"lexicon\":" + lexicon
                        + ",\"valence\":" + Decimals.valence(token.valence()).toPlainString() + ",\"rules\":[");
                List<String> rules = ExplanationFormat.ruleIds(token);
                for (int j = 0; j < rules.size(); j++) {
                    raw(out, j == 0 ? "" : ",");
                    string(out, rules.get(j), 0, rules.get(j).length());
                }
                raw(out, "]}");
            }
            raw(out, "],\"punctuation\":" + Decimals.valence(explanation.punctuationEmphasis()).toPlainString());
        }

        /** A JSON string, quoted. */
        @Override
        void string(Bytes out, CharSequence chars, int start, int end) {
            out.append('"');
            textBody(out, chars, start, end);
            out.append('"');
        }
    };

    private static final List<String> COLUMNS = List.of(
            "source", "unit", "text", "neg", "neu", "pos", "compound", "label", "record", "start", "end");
    private static final String EXPLANATION = "explanation";

    /** The labels' ids in ordinal order, encoded once: they are ASCII letters, which no format escapes. */
    private static final byte[][] LABEL_IDS = labelIds();
    /** Per ASCII char, the char after the backslash in its JSON escape ('u': 4 hex digits follow), or 0. */
    private static final char[] JSON_ESCAPES = jsonEscapes();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Between CSV and TSV fields; JSON Lines writes its own punctuation and has none. */
    private final char delimiter;
    /** What comes between the unit number and the text's first char (JSON Lines: the text's opening quote too). */
    private final byte[] textPrefix;
    /**
     * What comes before each column after the text (neg, neu, pos, compound, label, record, start, end),
     * so one method writes every format: CSV and TSV, the delimiter; JSON Lines, the key (and the quotes
     * that close the text and wrap the label).
     */
    private final byte[][] separators;
    /** The record column of plain text: empty, or JSON's null. */
    private final byte[] noRecord;
    /** What ends a record. */
    private final byte[] recordEnd;

    RowFormat(char delimiter) {
        this.delimiter = delimiter;
        boolean json = delimiter == 0;
        this.textPrefix = json ? ascii(",\"text\":\"") : new byte[] {(byte) delimiter};
        this.separators = json
                ? Stream.of("\",\"neg\":", ",\"neu\":", ",\"pos\":", ",\"compound\":", ",\"label\":\"",
                        "\",\"record\":", ",\"start\":", ",\"end\":").map(RowFormat::ascii).toArray(byte[][]::new)
                : Stream.generate(() -> new byte[] {(byte) delimiter}).limit(8).toArray(byte[][]::new);
        this.noRecord = ascii(json ? "null" : "");
        this.recordEnd = ascii(json ? "}\n" : "\n");
    }

    /** The column names, in order: the CSV and TSV header, and the JSON Lines keys. */
    public static List<String> columns(boolean explain) {
        if (!explain) {
            return COLUMNS;
        }
        List<String> names = new ArrayList<>(COLUMNS);
        names.add(EXPLANATION);
        return names;
    }

    /** What starts the output: the header line for CSV and TSV, nothing for JSON Lines. */
    public byte[] header(boolean explain, KeptOutput kept) {
        List<String> names = new ArrayList<>(columns(explain));
        names.addAll(kept.headers());
        Bytes out = new Bytes();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            string(out, names.get(i), 0, names.get(i).length());
        }
        return out.append('\n').toByteArray();
    }

    /** A record's bytes up to, not including, its unit number: the source, in this format. */
    public byte[] head(String source) {
        Bytes out = new Bytes();
        string(out, source, 0, source.length());
        return out.append(delimiter).toByteArray();
    }

    /**
     * A record's bytes after its unit number, through the final LF.
     *
     * @param text        the unit's text is {@code text[textStart, textEnd)}, so workers need not copy it out
     * @param record      1-based CSV/TSV row or JSON Lines line, 0 for plain text (an empty cell, or null)
     * @param explanation with --explain, the column after the standard ones; null without
     * @param kept        the kept columns, last; {@code keptValues} their values
     */
    public void tail(Bytes out, String text, int textStart, int textEnd, SentimentScores scores,
                     SentimentLabel label, long record, long start, long end, Explanation explanation,
                     KeptOutput kept, List<String> keptValues) {
        out.append(textPrefix);
        textBody(out, text, textStart, textEnd);
        columns(out, scores, label, record, start, end, explanation);
        kept.append(this, out, keptValues);
        out.append(recordEnd);
    }

    /**
     * Whether the text column holds {@code chars[start, end)} as its plain UTF-8 bytes, between
     * {@link #verbatimPrefix} and {@link #afterText}: then a worker need not send the text back, as the
     * coordinator has its bytes.
     */
    public boolean verbatim(CharSequence chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (escape(chars.charAt(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The char after the backslash that escapes {@code c} in TSV and JSON ('u': four hex digits follow), or 0. */
    char escape(char c) {
        return 0;
    }

    /** {@code chars[start, end)} with backslash escapes as {@link #escape} says. */
    void escaped(Bytes out, CharSequence chars, int start, int end) {
        int from = start;
        for (int i = start; i < end; i++) {
            char c = chars.charAt(i);
            char escape = escape(c);
            if (escape != 0) {
                out.appendUtf8(chars, from, i).append('\\').append(escape);
                if (escape == 'u') {
                    out.append('0').append('0').append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
                from = i + 1;
            }
        }
        out.appendUtf8(chars, from, end);
    }

    /** A record's bytes between its unit number and the first char of its text. */
    public byte[] verbatimPrefix() {
        return textPrefix.clone();
    }

    /** A record's bytes after its text, through the final LF; see {@link #tail} for the parameters. */
    public void afterText(Bytes out, SentimentScores scores, SentimentLabel label, long record, long start,
                          long end, Explanation explanation) {
        columns(out, scores, label, record, start, end, explanation);
        out.append(recordEnd);
    }

    /** The columns after the text, without the record's end. */
    private void columns(Bytes out, SentimentScores scores, SentimentLabel label, long record, long start,
                         long end, Explanation explanation) {
        out.append(separators[0]);
        Decimals.fixed(out, scores.neg(), Decimals.PROPORTION_SCALE);
        out.append(separators[1]);
        Decimals.fixed(out, scores.neu(), Decimals.PROPORTION_SCALE);
        out.append(separators[2]);
        Decimals.fixed(out, scores.pos(), Decimals.PROPORTION_SCALE);
        out.append(separators[3]);
        Decimals.fixed(out, scores.compound(), Decimals.COMPOUND_SCALE);
        out.append(separators[4]).append(LABEL_IDS[label.ordinal()]).append(separators[5]);
        if (record == 0) {
            out.append(noRecord);
        } else {
            out.appendLong(record);
        }
        out.append(separators[6]).appendLong(start).append(separators[7]).appendLong(end);
        if (explanation != null) {
            explanation(out, explanation);
        }
    }

    /** A kept column, with what precedes it: in CSV and TSV the field (empty for null), in JSON the key and value. */
    void keptField(Bytes out, String header, String value) {
        if (delimiter != 0) {
            out.append(delimiter);
            if (value != null) {
                string(out, value, 0, value.length());
            }
            return;
        }
        out.append(',');
        string(out, header, 0, header.length());
        out.append(':');
        if (value == null) {
            out.append(noRecord);
        } else {
            string(out, value, 0, value.length());
        }
    }

    /** The explanation column (--explain), with what precedes it: in CSV and TSV, the compact form. */
    void explanation(Bytes out, Explanation explanation) {
        String compact = ExplanationFormat.compact(explanation);
        out.append(delimiter);
        string(out, compact, 0, compact.length());
    }

    /** {@code chars[start, end)} as a field (CSV, TSV; never the first of a record) or a string (JSON). */
    abstract void string(Bytes out, CharSequence chars, int start, int end);

    /** The text column between {@link #verbatimPrefix} and {@link #afterText}: the field, or the JSON string without its quotes. */
    void textBody(Bytes out, CharSequence chars, int start, int end) {
        string(out, chars, start, end);
    }

    private static void raw(Bytes out, String ascii) {
        out.appendUtf8(ascii, 0, ascii.length());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] labelIds() {
        SentimentLabel[] labels = SentimentLabel.values();
        byte[][] ids = new byte[labels.length][];
        for (SentimentLabel label : labels) {
            ids[label.ordinal()] = ascii(label.id());
        }
        return ids;
    }

    private static char[] jsonEscapes() {
        char[] escapes = new char[128];
        for (char c = 0; c < ' '; c++) {
            escapes[c] = 'u';
        }
        escapes['\b'] = 'b';
        escapes['\t'] = 't';
        escapes['\f'] = 'f';
        escapes['\n'] = 'n';
        escapes['\r'] = 'r';
        escapes['"'] = '"';
        escapes['\\'] = '\\';
        return escapes;
    }
}
