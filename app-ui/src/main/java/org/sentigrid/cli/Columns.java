package org.sentigrid.cli;

import java.util.ArrayList;
import java.util.List;
import org.sentigrid.text.TextUnit;

/** The output columns, in order, and their text form for CSV and TSV. */
final class Columns {
    private static final List<String> NAMES = List.of(
            "source", "unit", "text", "neg", "neu", "pos", "compound", "label", "record", "start", "end");
    private static final String EXPLANATION = "explanation";

    private Columns() {
    }

    static List<String> header(boolean explain) {
        if (!explain) {
            return NAMES;
        }
        List<String> names = new ArrayList<>(NAMES);
        names.add(EXPLANATION);
        return names;
    }

    /** One record's cells; {@code record} is empty for plain text. */
    static List<String> cells(ScoredUnit result, boolean explain) {
        TextUnit unit = result.unit();
        List<String> cells = new ArrayList<>(NAMES.size() + 1);
        cells.add(unit.source());
        cells.add(Long.toString(unit.unit()));
        cells.add(unit.text());
        cells.add(Decimals.fixed(result.scores().neg(), Decimals.PROPORTION_SCALE).toPlainString());
        cells.add(Decimals.fixed(result.scores().neu(), Decimals.PROPORTION_SCALE).toPlainString());
        cells.add(Decimals.fixed(result.scores().pos(), Decimals.PROPORTION_SCALE).toPlainString());
        cells.add(Decimals.fixed(result.scores().compound(), Decimals.COMPOUND_SCALE).toPlainString());
        cells.add(result.label().id());
        cells.add(unit.record() == 0 ? "" : Long.toString(unit.record()));
        cells.add(Long.toString(unit.start()));
        cells.add(Long.toString(unit.end()));
        if (explain) {
            cells.add(ExplanationFormat.compact(result.explanation()));
        }
        return cells;
    }
}
