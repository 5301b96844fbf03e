#!/usr/bin/env bash
# The Spark job against analyze (docs/PERFORMANCE.md, "On Spark"): `AnalyzeJob --master local[2] --split lines`
# on the VADER corpus lines repeated REPEAT times (default 50: 1,185,150 lines, 120 MB, as scale-out.sh),
# against `analyze --in-process --split lines` on the same file and machine. Not part of the build or of CI.
#
#   bench/spark.sh [REPEAT]
#
# Each round runs, interleaved: analyze --in-process (the JVM options ./sentigrid gives the command line),
# the job with --single-file, and the job writing part files (both as ./sentigrid spark runs them: its JVM
# options, Spark's jars and options from spark/target/launch/spark.args). Times are those of each one's own
# summary line: analyze's from the start of its analysis (after the JVM's start and the building of its
# analyzer), the job's from once Spark has started (its start-up is printed apart): after the JVM's start,
# the session's (context, scheduler, block manager, UI) and a first empty job, a task per executor thread,
# which builds each executor's analyzer and runs Spark's task code once. Reading the input, shipping it to
# the executors, splitting, scoring, formatting and writing are all timed.
# Every output must be byte-identical to analyze's (the part files concatenated in name order).
# Target: the job within 1.5x of --in-process (job seconds <= 1.5 x analyze seconds).
# ROUNDS=R (default 3) rounds; the table gives each round and the best. Exit status 0 when the target is
# met, 2 when not, 1 on an error. Files go under ${TMPDIR:-/tmp} and are removed at the end.
# A PySpark UDF is not measured (pip reaches no package index from this machine); bench/python/vader_rate.py
# measures the most one could do: NLTK's VADER alone in as many Python processes (docs/PERFORMANCE.md).
set -euo pipefail

repeat="${1:-50}"
rounds="${ROUNDS:-3}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
jar="$(sentigrid_jar "$root")"
jvm_options_of "$root" spark
spark_options=("${jvm_options[@]}")
jvm_options_of "$root" cli
# Builds the job as ./sentigrid spark does (and prints its help, which is not timed).
"$root/sentigrid" spark --help >/dev/null
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export LC_CTYPE="${LC_CTYPE:-C.UTF-8}"

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-spark.XXXXXX")"
trap 'rm -rf "$work"' EXIT
corpus_lines "$root/examples/vader-corpora" >"$work/one.txt"
input="$work/corpus.txt"
for ((i = 0; i < repeat; i++)); do cat "$work/one.txt"; done >"$input"

echo "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)); $("$java" -version 2>&1 | head -n 1)"
echo "input: $(wc -l <"$input") lines, $(stat -c %s "$input") bytes; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "the job's time excludes Spark's start-up (column 'started'): the JVM, the session, and a first empty job that"
echo "builds each executor's analyzer (as analyze builds its own before its clock starts) and runs Spark's task code once"

# secs ERRFILE: the seconds of a summary line ("... in 4.4 s (...")
secs() {
  sed -n 's/^Analyzed .* in \([0-9.]*\) s (.*/\1/p' "$1"
}
job() {
  "$java" "${spark_options[@]}" @"$root/spark/target/launch/spark.args" org.sentigrid.spark.AnalyzeJob \
    --master 'local[2]' --split lines "$@"
}

best_ratio=""
printf '%-6s %-12s %-18s %-18s %-8s\n' round analyze job-single job-parts started
for ((r = 1; r <= rounds; r++)); do
  "$java" "${jvm_options[@]}" -jar "$jar" analyze --in-process --split lines --output "$work/analyze.csv" "$input" 2>"$work/analyze.err"
  job --single-file --output "$work/job.csv" "$input" 2>"$work/single.err"
  rm -rf "$work/parts"
  job --output "$work/parts" "$input" 2>"$work/parts.err"
  cmp -s "$work/analyze.csv" "$work/job.csv" || die "round $r: the job's single file differs from analyze's output"
  cat "$work"/parts/part-* | cmp -s "$work/analyze.csv" - || die "round $r: the job's part files differ from analyze's output"
  a="$(secs "$work/analyze.err")"; s="$(secs "$work/single.err")"; p="$(secs "$work/parts.err")"
  started="$(sed -n 's/.*once Spark had started (in \([0-9.]*\) s).*/\1/p' "$work/parts.err")"
  printf '%-6s %-12s %-18s %-18s %-8s\n' "$r" "$a s" "$s s ($(awk -v a="$a" -v b="$s" 'BEGIN{printf "%.2fx", b/a}'))" \
    "$p s ($(awk -v a="$a" -v b="$p" 'BEGIN{printf "%.2fx", b/a}'))" "$started s"
  ratio="$(awk -v a="$a" -v b="$s" -v c="$p" 'BEGIN{m = b < c ? b : c; printf "%.3f", m / a}')"
  if [ -z "$best_ratio" ] || awk -v x="$ratio" -v y="$best_ratio" 'BEGIN{exit !(x < y)}'; then best_ratio="$ratio"; fi
done
echo "outputs byte-identical to analyze's in every round; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "best job / analyze --in-process: ${best_ratio}x (target <= 1.5x)"
awk -v x="$best_ratio" 'BEGIN{exit !(x <= 1.5)}' || exit 2
