package org.sentigrid.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;

/**
 * The record writers as they were before {@link RowFormat}: commons-csv, String.replace and jackson-core
 * behind a UTF-8 OutputStreamWriter, with BigDecimal numbers. What RowFormat must match byte for byte.
 */
final class Reference {
    private static final List<String> COLUMNS = List.of(
            "source", "unit", "text", "neg", "neu", "pos", "compound", "label", "record", "start", "end");
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** One output record's content. */
    record Unit(String source, long unit, String text, SentimentScores scores, SentimentLabel label,
                long record, long start, long end, Explanation explanation) {
    }

    private Reference() {
    }

    static BigDecimal fixed(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    static byte[] header(RowFormat format, boolean explain) {
        List<String> names = new ArrayList<>(COLUMNS);
        if (explain) {
            names.add("explanation");
        }
        return switch (format) {
            case CSV -> utf8(out -> CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                    .setHeader(names.toArray(String[]::new)).get().print(out).flush());
            case TSV -> utf8(out -> out.write(String.join("\t", names) + "\n"));
            case JSONL -> new byte[0];
        };
    }

    /** One record, as the writer of {@code format} wrote it (as the first record of its output). */
    static byte[] record(RowFormat format, Unit unit) {
        return switch (format) {
            case CSV -> utf8(out -> {
                CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get().print(out);
                printer.printRecord(cells(unit));
                printer.flush();
            });
            case TSV -> utf8(out -> out.write(String.join("\t", cells(unit).stream().map(Reference::tsv).toList()) + "\n"));
            case JSONL -> utf8(out -> json(out, unit));
        };
    }

    static String tsv(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static List<String> cells(Unit unit) {
        List<String> cells = new ArrayList<>();
        cells.add(unit.source());
        cells.add(Long.toString(unit.unit()));
        cells.add(unit.text());
        cells.add(fixed(unit.scores().neg(), 3).toPlainString());
        cells.add(fixed(unit.scores().neu(), 3).toPlainString());
        cells.add(fixed(unit.scores().pos(), 3).toPlainString());
        cells.add(fixed(unit.scores().compound(), 4).toPlainString());
        cells.add(unit.label().id());
        cells.add(unit.record() == 0 ? "" : Long.toString(unit.record()));
        cells.add(Long.toString(unit.start()));
        cells.add(Long.toString(unit.end()));
        if (unit.explanation() != null) {
            cells.add(ExplanationFormat.compact(unit.explanation()));
        }
        return cells;
    }

    private static void json(Writer out, Unit unit) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("source", unit.source());
            json.writeNumberField("unit", unit.unit());
            json.writeStringField("text", unit.text());
            json.writeNumberField("neg", fixed(unit.scores().neg(), 3));
            json.writeNumberField("neu", fixed(unit.scores().neu(), 3));
            json.writeNumberField("pos", fixed(unit.scores().pos(), 3));
            json.writeNumberField("compound", fixed(unit.scores().compound(), 4));
            json.writeStringField("label", unit.label().id());
            json.writeFieldName("record");
            if (unit.record() == 0) {
                json.writeNull();
            } else {
                json.writeNumber(unit.record());
            }
            json.writeNumberField("start", unit.start());
            json.writeNumberField("end", unit.end());
            if (unit.explanation() != null) {
                json.writeArrayFieldStart("explanation");
                for (TokenExplanation token : unit.explanation().tokens()) {
                    json.writeStartObject();
                    json.writeStringField("token", token.token());
                    json.writeNumberField("start", token.start());
                    json.writeNumberField("end", token.end());
                    json.writeFieldName("lexicon");
                    if (token.lexiconValence().isPresent()) {
                        json.writeNumber(valence(token.lexiconValence().getAsDouble()));
                    } else {
                        json.writeNull();
                    }
                    json.writeNumberField("valence", valence(token.valence()));
                    json.writeArrayFieldStart("rules");
                    for (String rule : ExplanationFormat.ruleIds(token)) {
                        json.writeString(rule);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeNumberField("punctuation", valence(unit.explanation().punctuationEmphasis()));
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static BigDecimal valence(double value) {
        return fixed(value, 3).stripTrailingZeros();
    }

    private interface Writing {
        void to(Writer out) throws IOException;
    }

    /** What {@code writing} writes, through a UTF-8 OutputStreamWriter as the writers' output was. */
    private static byte[] utf8(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
