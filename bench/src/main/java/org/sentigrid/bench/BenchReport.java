package org.sentigrid.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CorpusBenchmark} through the JMH Runner API and prints lines/s for each scorer, its ratio to the
 * 1.0 port and to the floor, and PASS/FAIL against the two targets:
 * <ul>
 *   <li>Sentigrid's engine scores at least {@value #MIN_SPEEDUP_VS_PORT}x the lines/s of the 1.0 port;</li>
 *   <li>it takes at most {@value #MAX_SLOWDOWN_VS_FLOOR}x the floor's time (floor lines/s / engine lines/s).</li>
 * </ul>
 * Any JMH command-line option is passed through (e.g. {@code -prof gc}, {@code -wi 1 -i 2}, {@code -rf json});
 * without a benchmark pattern it runs the four corpus benchmarks. Exit status: 0 when every target checked
 * passed, 2 when one failed, 1 on a usage error.
 */
public final class BenchReport {
    static final double MIN_SPEEDUP_VS_PORT = 20.0;
    static final double MAX_SLOWDOWN_VS_FLOOR = 3.0;

    static final String PORT = "apanimeshPort";
    static final String FLOOR = "floor";
    static final List<String> ORDER = List.of("sentigridVader", "sentigridNltk", PORT, FLOOR);

    private BenchReport() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (cli.shouldHelp()) {
            System.out.println("Usage: java -jar bench/target/benchmarks.jar [JMH options]   (e.g. -prof gc, -wi 1 -i 2)");
            System.out.println("Runs " + CorpusBenchmark.class.getName() + " and prints the lines/s table.");
            cli.showHelp();
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(CorpusBenchmark.class.getName() + "\\.");
        }
        int lines = Corpus.lineCount();
        long chars = Corpus.charCount();
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, RunResult> byName = new LinkedHashMap<>();
        results.forEach(r -> byName.put(shortName(r), r));
        boolean passed = print(byName, lines, chars);
        if (!passed) {
            System.exit(2);
        }
    }

    /** Prints the table; true when every checked target passed. */
    static boolean print(Map<String, RunResult> results, int lines, long chars) {
        List<String> names = new ArrayList<>();
        ORDER.stream().filter(results::containsKey).forEach(names::add);
        results.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);

        Double port = linesPerSecond(results.get(PORT), lines);
        Double floor = linesPerSecond(results.get(FLOOR), lines);

        System.out.println();
        System.out.printf(Locale.ROOT, "Sentigrid corpus benchmark, %s%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.printf(Locale.ROOT, "corpus: %,d lines, %,d chars (VADER paper corpora, each line one unit); "
                        + "one op = the whole corpus; single thread%n", lines, chars);
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d CPUs visible%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "targets: engine >= %.0fx the 1.0 port's lines/s; floor lines/s / engine lines/s <= %.0f%n",
                MIN_SPEEDUP_VS_PORT, MAX_SLOWDOWN_VS_FLOOR);
        System.out.println();
        String header = String.format(Locale.ROOT, "%-16s %14s %12s %9s %12s %12s %-18s %-18s",
                "benchmark", "lines/s", "± error", "ns/line", "x 1.0 port", "floor/this", "target >=20x port", "target floor<=3x");
        boolean gc = results.values().stream().anyMatch(r -> allocation(r) != null);
        if (gc) {
            header += String.format(Locale.ROOT, " %10s", "B/line");
        }
        header = header.stripTrailing();
        System.out.println(header);
        System.out.println("-".repeat(header.length()));

        boolean passed = true;
        int checked = 0;
        for (String name : names) {
            RunResult r = results.get(name);
            Result<?> primary = r.getPrimaryResult();
            double perSecond = linesPerSecond(r, lines);
            double error = scale(primary.getScoreError(), primary.getScoreUnit(), lines);
            boolean engine = name.startsWith("sentigrid");
            String vsPort = port == null ? "n/a" : ratio(perSecond / port);
            String vsFloor = floor == null ? "n/a" : ratio(floor / perSecond);
            String portVerdict = "";
            String floorVerdict = "";
            if (engine) {
                if (port != null) {
                    boolean ok = perSecond / port >= MIN_SPEEDUP_VS_PORT;
                    passed &= ok;
                    checked++;
                    portVerdict = ok ? "PASS" : "FAIL";
                }
                if (floor != null) {
                    boolean ok = floor / perSecond <= MAX_SLOWDOWN_VS_FLOOR;
                    passed &= ok;
                    checked++;
                    floorVerdict = ok ? "PASS" : "FAIL";
                }
            }
            String row = String.format(Locale.ROOT, "%-16s %,14.0f %12s %,9.0f %12s %12s %-18s %-18s",
                    name, perSecond, Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "± %,.0f", error),
                    1e9 / perSecond, vsPort, vsFloor, portVerdict, floorVerdict);
            if (gc) {
                Result<?> alloc = allocation(r);
                row += alloc == null ? "" : String.format(Locale.ROOT, " %,10.0f", alloc.getScore() / lines);
            }
            System.out.println(row.stripTrailing());
        }
        System.out.println();
        System.out.println("lines/s = JMH ops/s x " + String.format(Locale.ROOT, "%,d", lines)
                + " lines; ± error = JMH 99.9% confidence half-width, in lines/s;");
        System.out.println("x 1.0 port = this lines/s / port lines/s (higher is better);"
                + " floor/this = floor lines/s / this lines/s = this time / floor time (lower is better).");
        if (checked == 0) {
            System.out.println("RESULT: no target checked (a target needs an engine benchmark with apanimeshPort or floor)");
        } else {
            System.out.println((passed ? "RESULT: PASS" : "RESULT: FAIL") + " (" + checked + " target checks)");
        }
        return passed;
    }

    /** {@code -prof gc}'s bytes allocated per op, if that profiler ran (its key has had a "·" prefix in some JMH versions). */
    private static Result<?> allocation(RunResult result) {
        for (String key : result.getSecondaryResults().keySet()) {
            if (key.endsWith("gc.alloc.rate.norm")) {
                Result<?> alloc = result.getSecondaryResults().get(key);
                return alloc;
            }
        }
        return null;
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0fx" : "%.2fx", value);
    }

    private static Double linesPerSecond(RunResult result, int lines) {
        if (result == null) {
            return null;
        }
        Result<?> primary = result.getPrimaryResult();
        return scale(primary.getScore(), primary.getScoreUnit(), lines);
    }

    /** Converts a JMH throughput figure (ops per some time unit) to corpus lines per second. */
    private static double scale(double opsPerUnit, String unit, int lines) {
        double perSecond = switch (unit) {
            case "ops/s" -> opsPerUnit;
            case "ops/ms" -> opsPerUnit * 1e3;
            case "ops/us" -> opsPerUnit * 1e6;
            case "ops/ns" -> opsPerUnit * 1e9;
            case "ops/min" -> opsPerUnit / 60;
            default -> throw new IllegalStateException("not a throughput unit: " + unit
                    + " (run in throughput mode, the default of CorpusBenchmark)");
        };
        return perSecond * lines;
    }

    private static String shortName(RunResult result) {
        String full = result.getParams().getBenchmark();
        return full.substring(full.lastIndexOf('.') + 1);
    }
}
