package org.sentigrid.desktop.reader;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.Output;
import org.sentigrid.text.SplitMode;

/**
 * The reader's view of a document as one self-contained HTML file, for reports: the text in the reader's
 * paragraphs, each sentence tinted and each word that counts underlined as on screen ({@link Tints}), a
 * tooltip with the scores, and a legend. Its style is inside it; it loads nothing. The file appears only
 * when complete.
 */
public final class ReaderHtml {
    private ReaderHtml() {
    }

    /** Writes document {@code document} of {@code results} (a copy, read in this thread). */
    public static void write(Path file, ResultStore results, int document, SplitMode split, SentimentAnalyzer analyzer,
                             double threshold) throws IOException {
        try (Output output = Output.open(file)) {
            Writer out = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
            write(out, results, document, split, analyzer, threshold);
            out.flush();
            output.commit();
        }
    }

    static void write(Writer out, ResultStore results, int document, SplitMode split, SentimentAnalyzer analyzer,
                      double threshold) throws IOException {
        String name = escape(results.documentName(document));
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + name
                + " — Sentigrid</title>\n<style>\n"
                + "body { font: 16px/1.7 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1f2630; }\n"
                + "h1 { font: bold 1.3em sans-serif; }\n"
                + ".legend { font: 13px sans-serif; border: 1px solid #ccc; border-radius: 4px; padding: .5em .8em; }\n"
                + ".legend span { margin-right: 1.2em; white-space: nowrap; }\n"
                + ".s { border-radius: 2px; }\n"
                + "</style>\n</head>\n<body>\n<h1>" + name + "</h1>\n");
        legend(out, analyzer, threshold, results.documentSize(document));
        List<ReaderRun> runs = ReaderLayout.runs(results, document, split);
        boolean open = false;
        int written = -1; // the unit last written in the open paragraph
        int explainedIndex = -1;
        Explanation explanation = null;
        for (ReaderRun run : runs) {
            if (!open) {
                out.write("<p>");
                open = true;
                written = -1;
            }
            for (int k = 0; k < run.size(); k++) {
                int index = run.index(k);
                if (written >= 0 && index != written) {
                    out.write(' ');
                }
                written = index;
                if (index != explainedIndex) {
                    explanation = analyzer.explain(results.text(index));
                    explainedIndex = index;
                }
                sentence(out, results, index, run.from(k), run.to(k), explanation, threshold);
            }
            if (run.breakAfter()) {
                out.write("</p>\n");
                open = false;
            }
        }
        out.write("</body>\n</html>\n");
    }

    private static void legend(Writer out, SentimentAnalyzer analyzer, double threshold, int units) throws IOException {
        out.write("<div class=\"legend\">\n<p>" + String.format(Locale.ENGLISH, "%,d %s", units, units == 1 ? "unit" : "units")
                + ", scored by " + (analyzer.mode() == EngineMode.VADER ? "VADER 3.3.2" : "NLTK 3.8.1")
                + (analyzer.overlay().isEmpty() ? "" : " with a lexicon overlay")
                + String.format(Locale.ROOT, "; positive from compound %.2f, negative from %.2f.", threshold, -threshold)
                + " Hover over a sentence for its scores, over a word for its valence.</p>\n<p>Sentences: ");
        for (double compound : new double[] {-0.9, -0.4, 0, 0.4, 0.9}) {
            out.write("<span class=\"s\" style=\"background-color:" + Tints.css(Tints.sentence(compound, threshold)) + "\">"
                    + String.format(Locale.ROOT, "compound %+.1f", compound) + "</span>");
        }
        out.write("</p>\n<p>Words that count, by final valence: ");
        for (double valence : new double[] {-3, -1, 1, 3}) {
            out.write(word(String.format(Locale.ROOT, "valence %+.0f", valence), valence, null));
        }
        out.write("</p>\n</div>\n");
    }

    private static void sentence(Writer out, ResultStore results, int index, int from, int to, Explanation explanation,
                                 double threshold) throws IOException {
        double compound = results.compound(index);
        String text = results.text(index);
        out.write("<span class=\"s\" style=\"background-color:" + Tints.css(Tints.sentence(compound, threshold))
                + "\" title=\"" + escape(String.format(Locale.ROOT, "#%d · compound %.4f · %s · neg %.3f neu %.3f pos %.3f",
                results.unit(index), compound, SentimentLabel.of(compound, threshold).id(),
                results.neg(index), results.neu(index), results.pos(index))) + "\">");
        int at = from;
        for (CountedWord counted : CountedWord.in(explanation, from, to)) {
            out.write(escape(text.substring(at, counted.start())));
            out.write(word(escape(text.substring(counted.start(), counted.end())), counted.valence(), counted.describe()));
            at = counted.end();
        }
        out.write(escape(text.substring(at, to)));
        out.write("</span>");
    }

    /** {@code shown} (escaped already) underlined as a word of this valence; {@code title} as its tooltip, or null. */
    private static String word(String shown, double valence, String title) {
        return "<span style=\"text-decoration:underline " + Tints.css(Tints.word(valence))
                + String.format(Locale.ROOT, " %.0fpx", Tints.underline(valence)) + ";text-underline-offset:3px\""
                + (title == null ? "" : " title=\"" + escape(title) + "\"") + ">" + shown + "</span>";
    }

    /** Text as HTML: the five characters HTML gives a meaning escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
