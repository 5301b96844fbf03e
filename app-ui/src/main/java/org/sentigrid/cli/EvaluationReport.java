package org.sentigrid.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.evaluate.Confusion;
import org.sentigrid.evaluate.Correlation;
import org.sentigrid.evaluate.GoldLabels;
import org.sentigrid.evaluate.GoldRows;
import org.sentigrid.evaluate.GoldType;
import org.sentigrid.evaluate.LabelAgreement;
import org.sentigrid.evaluate.RatingAgreement;
import org.sentigrid.text.SplitMode;

/** What {@code sentigrid evaluate} reports, per engine, as text, JSON or CSV. */
final class EvaluationReport {
    /** Measures are written with this many decimals; thresholds with 2. */
    private static final int SCALE = 4;

    enum Format {
        TEXT, JSON, CSV;

        static Format fromId(String id) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(id)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + id + "' (expected text, json or csv)");
        }
    }

    /** One engine's agreement: ratings or labels. */
    private record Measured(EngineMode engine, RatingAgreement ratings, LabelAgreement labels) {
        long n() {
            return ratings != null ? ratings.n() : labels.n();
        }
    }

    private final String source;
    private final GoldType type;
    private final SplitMode split;
    private final List<Measured> measured = new ArrayList<>();
    private final List<String> leftOut;

    EvaluationReport(String source, GoldRows rows, GoldType type, GoldLabels labels, double threshold, SplitMode split) {
        this.source = source;
        this.type = type;
        this.split = split;
        List<String> said = List.of();
        for (int e = 0; e < rows.engines().size(); e++) {
            if (type == GoldType.RATING) {
                GoldRows.Rated rated = rows.rated(e);
                said = rated.leftOut();
                measured.add(new Measured(rows.engines().get(e), rated.agreement(), null));
            } else {
                GoldRows.Labelled labelled = rows.labelled(e, labels);
                said = labelled.leftOut();
                measured.add(new Measured(rows.engines().get(e), null, labelled.agreement(threshold)));
            }
        }
        this.leftOut = said;
    }

    /** The rows measured (the same for every engine). */
    long n() {
        return measured.get(0).n();
    }

    /** A sentence for each kind of row left out. */
    List<String> leftOut() {
        return leftOut;
    }

    String format(Format format) {
        return switch (format) {
            case TEXT -> text();
            case JSON -> json();
            case CSV -> csv();
        };
    }

    // ---- text ------------------------------------------------------------------------------------

    private String text() {
        StringBuilder out = new StringBuilder();
        for (Measured one : measured) {
            out.append(String.format(Locale.ENGLISH, "%s, engine %s: %,d rows, gold %ss, each row scored %s%n", source,
                    one.engine().id(), one.n(), type.id(), split == SplitMode.NONE ? "whole" : "as the mean of its sentences"));
            if (one.ratings() != null) {
                ratingsText(out, one.ratings());
            } else {
                labelsText(out, one.labels());
            }
        }
        return out.toString();
    }

    private static void ratingsText(StringBuilder out, RatingAgreement a) {
        out.append("  Pearson r     ").append(fixed(a.pearson())).append("  (95% CI ").append(interval(a.pearson95())).append(")\n");
        out.append("  Spearman rho  ").append(fixed(a.spearman())).append("  (95% CI ").append(interval(a.spearman95())).append(")\n");
        out.append("  MAE after a linear fit  ").append(fixed(a.mae())).append("  (gold = ").append(fixed(a.intercept()))
                .append(a.slope() < 0 ? " - " : " + ").append(fixed(Math.abs(a.slope()))).append(" * compound)\n");
    }

    private static void labelsText(StringBuilder out, LabelAgreement a) {
        Confusion c = a.confusion();
        out.append("  at threshold ").append(threshold(a.threshold())).append(": accuracy ").append(fixed(c.accuracy()))
                .append(", macro-F1 ").append(fixed(c.macroF1())).append('\n');
        out.append(String.format(Locale.ENGLISH, "  %-10s%10s%10s%10s%10s%n", "class", "precision", "recall", "F1", "gold"));
        for (SentimentLabel label : SentimentLabel.values()) {
            out.append(String.format(Locale.ENGLISH, "  %-10s%10s%10s%10s%,10d%n", label.id(), fixed(c.precision(label)),
                    fixed(c.recall(label)), fixed(c.f1(label)), c.gold(label)));
        }
        out.append(String.format(Locale.ENGLISH, "  %-22s%10s%10s%10s%n", "gold \\ predicted", "positive", "neutral", "negative"));
        for (SentimentLabel gold : SentimentLabel.values()) {
            out.append(String.format(Locale.ENGLISH, "  %-22s", gold.id()));
            for (SentimentLabel predicted : SentimentLabel.values()) {
                out.append(String.format(Locale.ENGLISH, "%,10d", c.count(gold, predicted)));
            }
            out.append('\n');
        }
        out.append("  best threshold by macro-F1: ").append(threshold(a.best().threshold())).append(" (macro-F1 ")
                .append(fixed(a.best().macroF1())).append(")\n");
    }

    private static String interval(Correlation.Interval interval) {
        return fixed(interval.low()) + " to " + fixed(interval.high());
    }

    // ---- json ------------------------------------------------------------------------------------

    private String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            if (measured.size() == 1) {
                json(json, measured.get(0));
            } else {
                json.writeStartObject();
                for (Measured one : measured) {
                    json.writeFieldName(one.engine().id());
                    json(json, one);
                }
                json.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void json(JsonGenerator json, Measured one) throws IOException {
        json.writeStartObject();
        json.writeNumberField("n", one.n());
        if (one.ratings() != null) {
            RatingAgreement a = one.ratings();
            number(json, "pearson", a.pearson());
            interval(json, "pearson_ci95", a.pearson95());
            number(json, "spearman", a.spearman());
            interval(json, "spearman_ci95", a.spearman95());
            number(json, "mae", a.mae());
            json.writeObjectFieldStart("fit");
            number(json, "intercept", a.intercept());
            number(json, "slope", a.slope());
            json.writeEndObject();
        } else {
            LabelAgreement a = one.labels();
            Confusion c = a.confusion();
            json.writeFieldName("threshold");
            json.writeNumber(thresholdDecimal(a.threshold()));
            number(json, "accuracy", c.accuracy());
            number(json, "macro_f1", c.macroF1());
            json.writeObjectFieldStart("per_class");
            for (SentimentLabel label : SentimentLabel.values()) {
                json.writeObjectFieldStart(label.id());
                number(json, "precision", c.precision(label));
                number(json, "recall", c.recall(label));
                number(json, "f1", c.f1(label));
                json.writeNumberField("gold", c.gold(label));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("confusion");
            for (SentimentLabel gold : SentimentLabel.values()) {
                json.writeObjectFieldStart(gold.id());
                for (SentimentLabel predicted : SentimentLabel.values()) {
                    json.writeNumberField(predicted.id(), c.count(gold, predicted));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeFieldName("best_threshold");
            json.writeNumber(thresholdDecimal(a.best().threshold()));
            number(json, "best_macro_f1", a.best().macroF1());
            json.writeArrayFieldStart("sweep");
            for (LabelAgreement.ThresholdPoint point : a.sweep()) {
                json.writeStartArray();
                json.writeNumber(thresholdDecimal(point.threshold()));
                number(json, point.macroF1());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        json.writeFieldName(name);
        number(json, value);
    }

    private static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(decimal(value));
        } else {
            json.writeNull();
        }
    }

    private static void interval(JsonGenerator json, String name, Correlation.Interval interval) throws IOException {
        json.writeArrayFieldStart(name);
        number(json, interval.low());
        number(json, interval.high());
        json.writeEndArray();
    }

    // ---- csv -------------------------------------------------------------------------------------

    private String csv() {
        StringBuilder out = new StringBuilder("engine,measure,value\n");
        for (Measured one : measured) {
            String engine = one.engine().id() + ",";
            out.append(engine).append("n,").append(one.n()).append('\n');
            for (String[] row : csvRows(one)) {
                out.append(engine).append(row[0]).append(',').append(row[1]).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String[]> csvRows(Measured one) {
        List<String[]> rows = new ArrayList<>();
        if (one.ratings() != null) {
            RatingAgreement a = one.ratings();
            rows.add(row("pearson", a.pearson()));
            rows.add(row("pearson_ci95_low", a.pearson95().low()));
            rows.add(row("pearson_ci95_high", a.pearson95().high()));
            rows.add(row("spearman", a.spearman()));
            rows.add(row("spearman_ci95_low", a.spearman95().low()));
            rows.add(row("spearman_ci95_high", a.spearman95().high()));
            rows.add(row("mae", a.mae()));
            rows.add(row("fit_intercept", a.intercept()));
            rows.add(row("fit_slope", a.slope()));
            return rows;
        }
        LabelAgreement a = one.labels();
        Confusion c = a.confusion();
        rows.add(new String[] {"threshold", threshold(a.threshold())});
        rows.add(row("accuracy", c.accuracy()));
        rows.add(row("macro_f1", c.macroF1()));
        for (SentimentLabel label : SentimentLabel.values()) {
            rows.add(row("precision." + label.id(), c.precision(label)));
            rows.add(row("recall." + label.id(), c.recall(label)));
            rows.add(row("f1." + label.id(), c.f1(label)));
            rows.add(new String[] {"gold." + label.id(), Long.toString(c.gold(label))});
        }
        for (SentimentLabel gold : SentimentLabel.values()) {
            for (SentimentLabel predicted : SentimentLabel.values()) {
                rows.add(new String[] {"confusion." + gold.id() + "." + predicted.id(), Long.toString(c.count(gold, predicted))});
            }
        }
        rows.add(new String[] {"best_threshold", threshold(a.best().threshold())});
        rows.add(row("best_macro_f1", a.best().macroF1()));
        for (LabelAgreement.ThresholdPoint point : a.sweep()) {
            rows.add(row("macro_f1_at." + threshold(point.threshold()), point.macroF1()));
        }
        return rows;
    }

    /** A measure's row; an empty value where it cannot be computed. */
    private static String[] row(String measure, double value) {
        return new String[] {measure, Double.isFinite(value) ? fixed(value) : ""};
    }

    // ---- numbers ---------------------------------------------------------------------------------

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** A measure with 4 decimals; "n/a" where it cannot be computed. */
    private static String fixed(double value) {
        return Double.isFinite(value) ? decimal(value).toPlainString() : "n/a";
    }

    private static BigDecimal thresholdDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String threshold(double value) {
        return thresholdDecimal(value).toPlainString();
    }
}
