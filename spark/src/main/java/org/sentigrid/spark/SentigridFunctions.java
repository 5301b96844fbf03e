package org.sentigrid.spark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.classic.UserDefinedFunctionUtils;
import org.apache.spark.sql.expressions.SparkUserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.format.Decimals;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;
import scala.Function1;
import scala.collection.immutable.Seq;

/**
 * Sentigrid's engine as Spark SQL functions, for SQL, Java, Scala and Python ({@code spark.sql},
 * {@code expr}) alike, after one {@link #register} call:
 * <ul>
 *   <li>{@code vader(text)}, {@code vader_nltk(text)}: the text scored as one unit by vaderSentiment 3.3.2
 *       or NLTK 3.8.1, as {@code struct<neg,neu,pos,compound,label>}: neg, neu and pos as decimal(4,3),
 *       compound as decimal(5,4), the numbers {@code analyze} writes;</li>
 *   <li>{@code vader_sentences(text[, mode])}: the text cut into sentences as {@code analyze} cuts a CSV
 *       cell, each scored, as {@code array<struct<unit,start,end,text,neg,neu,pos,compound,label>>} (unit
 *       from 1; start and end in UTF-16 chars of the text); mode {@code 'vader'} (default) or {@code 'nltk'}.</li>
 * </ul>
 * A null text, or a value that is not a string, gives null (never a failed task); a text that is only
 * whitespace gives zeros (vader) or no sentences. Works with a classic (not Spark Connect) session.
 */
public final class SentigridFunctions {
    private static final DataType PROPORTION = DataTypes.createDecimalType(4, Decimals.PROPORTION_SCALE);
    private static final DataType COMPOUND = DataTypes.createDecimalType(5, Decimals.COMPOUND_SCALE);

    /** What {@code vader} and {@code vader_nltk} return. */
    public static final StructType SCORES = new StructType()
            .add("neg", PROPORTION).add("neu", PROPORTION).add("pos", PROPORTION)
            .add("compound", COMPOUND).add("label", DataTypes.StringType);

    /** One element of what {@code vader_sentences} returns. */
    public static final StructType SENTENCE = new StructType()
            .add("unit", DataTypes.IntegerType).add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
            .add("text", DataTypes.StringType)
            .add("neg", PROPORTION).add("neu", PROPORTION).add("pos", PROPORTION)
            .add("compound", COMPOUND).add("label", DataTypes.StringType);

    private SentigridFunctions() {
    }

    /** Registers the functions in the session, with VADER's threshold and the shipped lexicons. */
    public static void register(SparkSession spark) {
        register(spark, SentigridOptions.defaults());
    }

    /** Registers the functions in the session (replacing earlier ones), scoring with these options. */
    public static void register(SparkSession spark, SentigridOptions options) {
        spark.udf().register("vader", functions.udf(
                (UDF1<Object, Row>) text -> scores(options, EngineMode.VADER, text), SCORES));
        spark.udf().register("vader_nltk", functions.udf(
                (UDF1<Object, Row>) text -> scores(options, EngineMode.NLTK, text), SCORES));

        DataType sentences = DataTypes.createArrayType(SENTENCE);
        SparkUserDefinedFunction textOnly = (SparkUserDefinedFunction) functions.udf(
                (UDF1<Object, List<Row>>) text -> sentences(options, EngineMode.VADER, text), sentences).withName("vader_sentences");
        SparkUserDefinedFunction withMode = (SparkUserDefinedFunction) functions.udf(
                (UDF2<Object, Object, List<Row>>) (text, mode) -> sentences(options, engine(mode), text), sentences)
                .withName("vader_sentences");
        // A UDF has one arity; the registry's builder takes the arguments as written, so the mode can be left out.
        Function1<Seq<Expression>, Expression> builder = arguments -> switch (arguments.size()) {
            case 1 -> UserDefinedFunctionUtils.toScalaUDF(textOnly, arguments);
            case 2 -> UserDefinedFunctionUtils.toScalaUDF(withMode, arguments);
            default -> throw new IllegalArgumentException("vader_sentences takes the text and, optionally, the engine"
                    + " ('vader' or 'nltk'), not " + arguments.size() + " arguments");
        };
        ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().functionRegistry()
                .createOrReplaceTempFunction("vader_sentences", builder, "scala_udf");
    }

    /** The text scored as one unit, or null when it is no string. */
    static Row scores(SentigridOptions options, EngineMode mode, Object text) {
        if (!(text instanceof String string)) {
            return null;
        }
        SentimentScores scores = options.analyzer(mode).score(string);
        return RowFactory.create(proportion(scores.neg()), proportion(scores.neu()), proportion(scores.pos()),
                compound(scores.compound()), scores.label(options.threshold()).id());
    }

    /** The text's sentences, each scored, or null when it is no string. */
    static List<Row> sentences(SentigridOptions options, EngineMode mode, Object text) {
        if (!(text instanceof String string)) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (TextUnit unit : split(string, SplitMode.SENTENCES, 0)) {
            SentimentScores scores = options.analyzer(mode).score(unit.text());
            SentimentLabel label = scores.label(options.threshold());
            rows.add(RowFactory.create((int) unit.unit(), (int) unit.start(), (int) unit.end(), unit.text(),
                    proportion(scores.neg()), proportion(scores.neu()), proportion(scores.pos()),
                    compound(scores.compound()), label.id()));
        }
        return rows;
    }

    /**
     * The units of one text, as {@code analyze} cuts a CSV cell (or, from {@code offset}, a region of a
     * file): numbered from 1, with offsets from {@code offset} on.
     */
    static List<TextUnit> split(String text, SplitMode split, long offset) {
        List<TextUnit> units = new ArrayList<>();
        try {
            TextInput.splitRegion(new StringReader(text), split, offset, new UnitSink() {
                @Override
                public void unit(TextUnit unit) {
                    units.add(unit);
                }

                @Override
                public void warning(String message) {
                    // Only a sentence over 16 M chars is warned about; it is cut, as analyze cuts it.
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (InputProblem e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return units;
    }

    /** The engine a mode argument names: 'vader' (also when null) or 'nltk'; anything else is refused. */
    private static EngineMode engine(Object mode) {
        return mode == null ? EngineMode.VADER : EngineMode.fromId(mode.toString());
    }

    /** neg, neu and pos as analyze writes them (they are rounded to 3 decimals already). */
    static BigDecimal proportion(double value) {
        return BigDecimal.valueOf(value).setScale(Decimals.PROPORTION_SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal compound(double value) {
        return BigDecimal.valueOf(value).setScale(Decimals.COMPOUND_SCALE, RoundingMode.HALF_EVEN);
    }
}
