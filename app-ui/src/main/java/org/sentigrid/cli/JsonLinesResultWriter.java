package org.sentigrid.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;
import org.sentigrid.text.TextUnit;

/**
 * JSON Lines: one object per unit with the columns as keys, in column order; scores as JSON numbers
 * with fixed decimals, {@code record} null for plain text. With explanations, {@code explanation} is
 * an array of {token, start, end, lexicon (null outside the lexicon), valence, rules} and
 * {@code punctuation} the emphasis from "!" and "?".
 */
final class JsonLinesResultWriter implements ResultWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;
    private final boolean explain;

    JsonLinesResultWriter(Writer out, boolean explain) throws IOException {
        this.json = JSON.createGenerator(out);
        this.explain = explain;
    }

    @Override
    public void write(ScoredUnit result) throws IOException {
        TextUnit unit = result.unit();
        SentimentScores scores = result.scores();
        json.writeStartObject();
        json.writeStringField("source", unit.source());
        json.writeNumberField("unit", unit.unit());
        json.writeStringField("text", unit.text());
        json.writeNumberField("neg", Decimals.fixed(scores.neg(), Decimals.PROPORTION_SCALE));
        json.writeNumberField("neu", Decimals.fixed(scores.neu(), Decimals.PROPORTION_SCALE));
        json.writeNumberField("pos", Decimals.fixed(scores.pos(), Decimals.PROPORTION_SCALE));
        json.writeNumberField("compound", Decimals.fixed(scores.compound(), Decimals.COMPOUND_SCALE));
        json.writeStringField("label", result.label().id());
        json.writeFieldName("record");
        if (unit.record() == 0) {
            json.writeNull();
        } else {
            json.writeNumber(unit.record());
        }
        json.writeNumberField("start", unit.start());
        json.writeNumberField("end", unit.end());
        if (explain) {
            writeExplanation(result.explanation());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    private void writeExplanation(Explanation explanation) throws IOException {
        json.writeArrayFieldStart("explanation");
        for (TokenExplanation token : explanation.tokens()) {
            json.writeStartObject();
            json.writeStringField("token", token.token());
            json.writeNumberField("start", token.start());
            json.writeNumberField("end", token.end());
            json.writeFieldName("lexicon");
            if (token.lexiconValence().isPresent()) {
                json.writeNumber(Decimals.valence(token.lexiconValence().getAsDouble()));
            } else {
                json.writeNull();
            }
            json.writeNumberField("valence", Decimals.valence(token.valence()));
            json.writeArrayFieldStart("rules");
            for (String rule : ExplanationFormat.ruleIds(token)) {
                json.writeString(rule);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("punctuation", Decimals.valence(explanation.punctuationEmphasis()));
    }
}
