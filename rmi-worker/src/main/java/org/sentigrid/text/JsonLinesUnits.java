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
     * @param name  the file as messages name it
     */
    static void read(Reader in, String field, String name, UnitReader units, UnitSink sink) throws IOException, InputProblem {
        if (field == null) {
            throw new InputProblem(name + " is a JSON Lines file; pass --field with the name of the field that holds the text.");
        }
        try (JsonParser json = JSON.createParser(in)) {
            long lastLine = 0;
            try {
                for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                    long line = json.currentTokenLocation().getLineNr();
                    if (line <= lastLine) {
                        throw new InputProblem(name + " line " + line + " holds more than one JSON value; put one object on each line.");
                    }
                    String text = null;
                    if (token == JsonToken.START_OBJECT) {
                        text = fieldText(json, field);
                    } else {
                        json.skipChildren(); // not an object, so it has no fields
                    }
                    lastLine = json.currentLocation().getLineNr();
                    if (text == null) {
                        sink.warning(name + " line " + line + " has no string field \"" + field + "\"; skipped.");
                    } else {
                        units.read(new StringReader(text), line, name + " line " + line);
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
        }
    }

    /** The first string value of {@code field} in the object just started, reading to its end; null if none. */
    private static String fieldText(JsonParser json, String field) throws IOException {
        String text = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (text == null && value == JsonToken.VALUE_STRING && name.equals(field)) {
                text = json.getText();
            } else {
                json.skipChildren();
            }
        }
        return text;
    }
}
