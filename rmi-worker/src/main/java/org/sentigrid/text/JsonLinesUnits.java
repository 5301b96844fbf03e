package org.sentigrid.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/**
 * Units from one string field of a JSON Lines file: one JSON object per line, blank lines skipped,
 * and each object's field split further like plain text. Records are numbered by line, from 1.
 */
final class JsonLinesUnits {
    /** Strings longer than a unit may be are refused before they are read into memory. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(UnitReader.MAX_UNIT).build())
            .build();

    private JsonLinesUnits() {
    }

    /**
     * @param field the name of the text field, or null if the user gave none
     * @param keep  the fields to keep with each unit: a string as it is, a number or true/false as JSON writes
     *              it; null, a list, an object or no such field gives no value
     * @param name  the file as messages name it
     */
    static void read(Reader in, String field, List<String> keep, String name, UnitReader units, UnitSink sink)
            throws IOException, InputProblem {
        if (field == null) {
            throw new InputProblem(name + " is a JSON Lines file; pass --field with the name of the field that holds the text.");
        }
        try (JsonParser json = JSON.createParser(in)) {
            long lastLine = 0;
            Skipped skipped = new Skipped(name, field);
            try {
                for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                    long line = json.currentTokenLocation().getLineNr();
                    if (line <= lastLine) {
                        throw new InputProblem(name + " line " + line + " holds more than one JSON value; put one object on each line.");
                    }
                    String text = null;
                    String[] kept = new String[keep.size()];
                    if (token == JsonToken.START_OBJECT) {
                        text = fieldText(json, field, keep, kept, skipped.describing() ? skipped : null);
                    } else {
                        skipped.noObject(token);
                        json.skipChildren(); // not an object, so it has no fields
                    }
                    lastLine = json.currentLocation().getLineNr();
                    if (text == null) {
                        skipped.line(line, sink);
                    } else {
                        skipped.textFound(sink);
                        units.read(new StringReader(text), line, name + " line " + line,
                                kept.length == 0 ? List.of() : Arrays.asList(kept));
                    }
                }
            } catch (StreamConstraintsException e) { // a string over the cap, or a value nested or sized beyond Jackson's limits
                throw new InputProblem(name + " line " + json.currentLocation().getLineNr()
                        + " is too large or too deeply nested to read (texts may have up to " + UnitReader.MAX_UNIT_TEXT
                        + " characters); shorten that line.", e);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : json.currentLocation();
                throw new InputProblem(name + " line " + at.getLineNr() + " is not valid JSON; fix or remove that line.", e);
            }
            if (lastLine == 0) {
                sink.warning(name + " is empty.");
            }
            skipped.end();
        }
    }

    /**
     * Lines without the text field. Those before the first line that has it are one warning ("lines 1–3"), given
     * when that line comes; if none has it, nothing was analyzed from the file, which is a problem, said once,
     * with what the first line holds instead. Lines after the first with text are a warning each.
     */
    private static final class Skipped {
        private final String name;
        private final String field;
        private boolean found;
        private long first;
        private long last;
        /** What the first line without text holds instead, once known. */
        private String firstHolds;
        private final java.util.List<String> fieldNames = new java.util.ArrayList<>();

        Skipped(String name, String field) {
            this.name = name;
            this.field = field;
        }

        /** Whether the line being read is the first one skipped, whose fields are noted. */
        boolean describing() {
            return !found && first == 0;
        }

        void noObject(JsonToken token) {
            if (describing()) {
                firstHolds = "it is " + kind(token) + ", not an object";
            }
        }

        void fieldValue(String fieldName, JsonToken value) {
            fieldNames.add("\"" + fieldName + "\"");
            if (firstHolds == null && fieldName.equals(field)) {
                firstHolds = "\"" + field + "\" is " + kind(value);
            }
        }

        void line(long line, UnitSink sink) {
            if (found) {
                sink.warning(name + " line " + line + " has no string field \"" + field + "\"; skipped.");
                return;
            }
            if (first == 0) {
                first = line;
                if (firstHolds == null) {
                    firstHolds = fieldNames.isEmpty() ? "it has no fields" : "its fields are " + String.join(", ", fieldNames);
                } else if (!fieldNames.isEmpty()) {
                    firstHolds += "; its fields are " + String.join(", ", fieldNames);
                }
            }
            last = line;
        }

        void textFound(UnitSink sink) {
            if (!found && first != 0) {
                sink.warning(name + (first == last ? " line " + first + " has" : " lines " + first + "\u2013" + last + " have")
                        + " no string field \"" + field + "\"; skipped.");
            }
            found = true;
        }

        void end() throws InputProblem {
            if (!found && first != 0) {
                throw new InputProblem(name + " has no line with a string field \"" + field + "\" (on line " + first + " "
                        + firstHolds + "), so nothing was analyzed from it.");
            }
        }

        private static String kind(JsonToken token) {
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case VALUE_NULL -> "null";
                case START_ARRAY -> "a list";
                case START_OBJECT -> "an object";
                default -> "a string";
            };
        }
    }

    /**
     * The first string value of {@code field} in the object just started, reading to its end; null if none.
     * {@code kept[i]} gets the first scalar value of field {@code keep[i]}. {@code skipped}, when given, is told
     * each field's name and kind.
     */
    private static String fieldText(JsonParser json, String field, List<String> keep, String[] kept, Skipped skipped)
            throws IOException {
        String text = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (skipped != null) {
                skipped.fieldValue(name, value);
            }
            int keptIndex = keep.indexOf(name);
            if (keptIndex >= 0 && kept[keptIndex] == null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                kept[keptIndex] = json.getText();
            }
            if (text == null && value == JsonToken.VALUE_STRING && name.equals(field)) {
                text = json.getText();
            } else {
                json.skipChildren();
            }
        }
        return text;
    }
}
