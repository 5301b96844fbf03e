package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;

/** {@code sentigrid terms} and {@code sentigrid kwic} as real child processes on real files. */
class TermsAndKwicEndToEndTest {
    private static final String REVIEWS = """
            The food was great! The service was not great, but the dessert was good.
            I hate waiting. Great, just great.
            """;
    private static final String MORE = "The soup was bad. The bread was good, really good.\n";

    @TempDir
    Path dir;

    @Test
    void termsRanksTheWordsThatMovedTheScoresMost() {
        write("reviews.txt", REVIEWS);

        Result result = run("terms", "reviews.txt");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        // great: 4 times (once negated by "not", so less than 4 x 3.1), in 3 positive sentences;
        // good once, hate once; ranked by the size of the valence sum.
        assertThat(result.out()).isEqualTo("""
                word,count,valence_sum,mean_compound_of_sentences,positive,neutral,negative
                great,4,8.153,0.6365,3,0,0
                good,1,2.850,0.4025,1,0,0
                hate,1,-2.700,-0.5719,0,0,1
                """);
    }

    @Test
    void theValenceSumIsTheSumOfTheExplainedValences() {
        write("reviews.txt", REVIEWS + MORE + "Not bad at all, but not good either. The staff was VERY friendly!!\n");

        Map<String, BigDecimal> explained = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String line : run("analyze", "--explain", "--format", "jsonl", "reviews.txt").out().lines().toList()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tokens = (List<Map<String, Object>>) Json.object(line).get("explanation");
            for (Map<String, Object> token : tokens) {
                if (token.get("lexicon") != null) {
                    String word = token.get("token").toString().toLowerCase(java.util.Locale.ROOT);
                    explained.merge(word, (BigDecimal) token.get("valence"), BigDecimal::add);
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        List<CSVRecord> terms = csv(run("terms", "--top", "0", "reviews.txt").out());

        assertThat(terms).extracting(row -> row.get("word")).containsExactlyInAnyOrderElementsOf(explained.keySet());
        for (CSVRecord row : terms) {
            String word = row.get("word");
            assertThat(Integer.parseInt(row.get("count"))).as(word).isEqualTo(counts.get(word));
            // analyze writes each valence with 3 decimals: the sums agree within half a unit of the third each.
            assertThat(new BigDecimal(row.get("valence_sum")).subtract(explained.get(word)).abs())
                    .as(word).isLessThanOrEqualTo(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(counts.get(word) + 1)));
        }
    }

    @Test
    void termsCountsPerSourceOrPerLabelAndKeepsTheTopN() {
        write("a.txt", REVIEWS);
        write("b.txt", MORE);

        Result bySource = run("terms", "--by", "source", "--top", "1", "a.txt", "b.txt");
        Result byLabel = run("terms", "--by", "label", "--top", "1", "a.txt", "b.txt");

        assertThat(bySource.exit()).isZero();
        assertThat(bySource.out()).isEqualTo("""
                source,word,count,valence_sum,mean_compound_of_sentences,positive,neutral,negative
                a.txt,great,4,8.153,0.6365,3,0,0
                b.txt,good,2,4.093,0.7264,1,0,0
                """);
        assertThat(csv(byLabel.out())).extracting(row -> row.get("label") + " " + row.get("word"))
                .containsExactly("positive great", "negative hate");
    }

    @Test
    void termsCountsPerGroupOfAKeptColumn() {
        write("posts.csv", "team,text\nred,The food was great!\nblue,I hate waiting.\nred,\"Great, just great.\"\n,Good.\n");

        Result byGroup = run("terms", "--by", "group", "--group-by", "team", "--column", "text", "posts.csv");

        assertThat(byGroup.exit()).isZero();
        // Groups in order of first sight; a row without a value is the group "" (quoted, as RFC 4180 writes an empty first field).
        assertThat(byGroup.out()).isEqualTo("""
                group,word,count,valence_sum,mean_compound_of_sentences,positive,neutral,negative
                red,great,3,9.300,0.7534,2,0,0
                blue,hate,1,-2.700,-0.5719,0,0,1
                "",good,1,1.900,0.4404,1,0,0
                """);
    }

    @Test
    void termsReadsTablesAndTheLexiconOverlayAsAnalyzeDoes() {
        write("reviews.csv", "id,review\n1,\"The food was great, kindly served.\"\n2,Sick beats all night. This is a sick beat!\n");
        write("mine.tsv", "kindly\tremove\nsick beat\t2.5\n");

        Result plain = run("terms", "--column", "review", "reviews.csv");
        Result overlaid = run("terms", "--column", "review", "--lexicon", "mine.tsv", "reviews.csv");

        assertThat(csv(plain.out())).extracting(row -> row.get("word")).contains("kindly", "sick");
        List<CSVRecord> rows = csv(overlaid.out());
        assertThat(rows).extracting(row -> row.get("word")).doesNotContain("kindly").contains("sick");
        CSVRecord sick = rows.stream().filter(row -> row.get("word").equals("sick")).findFirst().orElseThrow();
        // The idiom makes the second "sick" count 2.5; the first keeps its lexicon valence.
        assertThat(sick.get("count")).isEqualTo("2");
        assertThat(sick.get("positive")).isEqualTo("1");
    }

    @Test
    void kwicListsEveryOccurrenceWithItsContextAndItsSentencesScore() {
        write("reviews.txt", REVIEWS);
        write("b.txt", MORE);

        Result result = run("kwic", "GREAT", "--width", "12", "reviews.txt", "missing.txt", "b.txt");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("sentigrid: missing.txt does not exist; check the path and try again.");
        assertThat(result.out()).isEqualTo("""
                source,unit,left,word,right,compound,label
                reviews.txt,1,The food was,great,"!",0.6588,positive
                reviews.txt,2,vice was not,great,", but the de",0.4025,positive
                reviews.txt,4,,Great,", just great",0.8481,positive
                reviews.txt,4,"Great, just",great,.,0.8481,positive
                """);
    }

    @Test
    void kwicFindsWordsOfTablesToo() {
        write("reviews.csv", "id,review\n1,\"Good food.\nGood staff.\"\n2,Nothing good here\n");

        List<CSVRecord> rows = csv(run("kwic", "good", "--column", "review", "--split", "lines", "reviews.csv").out());

        assertThat(rows).extracting(row -> row.get("unit") + ":" + row.get("left") + "[" + row.get("word") + "]" + row.get("right") + " " + row.get("label"))
                .containsExactly("1:[Good]food. positive", "2:[Good]staff. positive", "3:Nothing[good]here negative");
    }

    @Test
    void badOptionsAreUsageErrors() {
        write("reviews.txt", REVIEWS);

        Result group = run("terms", "--by", "group", "reviews.txt");
        Result by = run("terms", "--by", "word", "reviews.txt");
        Result top = run("terms", "--top", "-1", "reviews.txt");
        Result threshold = run("kwic", "good", "--threshold", "1.5", "reviews.txt");
        Result noWord = run("kwic");

        assertThat(group.exit()).isEqualTo(2);
        assertThat(group.errLines()).containsExactly(
                "sentigrid: --by group needs --group-by COL, the column that gives each unit's group",
                "Try 'sentigrid terms --help'.");
        assertThat(by.exit()).isEqualTo(2);
        assertThat(by.errLines().get(0)).isEqualTo("sentigrid: --by must be source, label or group, was 'word'");
        assertThat(top.exit()).isEqualTo(2);
        assertThat(threshold.exit()).isEqualTo(2);
        assertThat(threshold.errLines().get(0)).isEqualTo("sentigrid: --threshold must be greater than 0 and less than 1, was 1.5");
        assertThat(noWord.exit()).isEqualTo(2);
        assertThat(noWord.errLines().get(0)).contains("WORD");
    }

    private Result run(String... args) {
        return SentigridProcess.run(dir, null, args).assertNoStackTrace();
    }

    private void write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> csv(String output) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(output)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
