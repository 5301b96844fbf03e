#!/usr/bin/env bash
# End-to-end throughput of `sentigrid analyze --split lines --in-process` on the VADER corpus lines
# repeated to about a million lines (docs/PERFORMANCE.md). Not part of the build or of CI.
#
#   bench/end-to-end.sh [REPEAT] [ENGINE]     REPEAT copies of the 23,703 corpus lines (default 42,
#                                              i.e. 995,526 lines); ENGINE vader (default) or nltk
#
# The input is generated under ${TMPDIR:-/tmp} (about 100 MB, removed at the end; never commit it).
# Prints wall time, max RSS and lines/s for `cat`, `wc -l` and sentigrid (CSV to a pipe), each measured
# with /usr/bin/time -v (Debian package `time`). SENTIGRID_JAR=path/to/sentigrid.jar runs that jar with
# `java -jar` instead of ./sentigrid (which rebuilds first when sources changed).
set -euo pipefail

repeat="${1:-42}"
engine="${2:-vader}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="$root/examples/vader-corpora"
gnutime=/usr/bin/time
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

[ -x "$gnutime" ] || { echo "end-to-end: $gnutime missing: apt-get install -y time" >&2; exit 1; }
if [ -n "${SENTIGRID_JAR:-}" ]; then
  jvm_options_of "$root" cli
  sentigrid=(java "${jvm_options[@]}" -jar "$SENTIGRID_JAR")
else
  [ -x "$root/sentigrid" ] || { echo "end-to-end: $root/sentigrid missing: the CLI is not there yet" >&2; exit 1; }
  sentigrid=("$root/sentigrid")
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
input="$work/corpus-x$repeat.txt"

# The text column of every corpus line, LF-terminated, REPEAT times.
one="$work/corpus.txt"
corpus_lines "$corpora" >"$one"
for ((i = 0; i < repeat; i++)); do cat "$one"; done >"$input"
lines="$(wc -l <"$input")"
bytes="$(stat -c %s "$input")"
echo "input: $input: $lines lines, $bytes bytes (${repeat} x the corpus), engine $engine"

# Builds the jar first if sources changed, so the build is not timed below.
"${sentigrid[@]}" --version >/dev/null

# measure LABEL UNITS COMMAND... : runs COMMAND under /usr/bin/time -v, stdout to a pipe into wc -l.
measure() {
  local label="$1" units="$2"
  shift 2
  local tv="$work/time.txt"
  local out
  out="$("$gnutime" -v -o "$tv" "$@" | wc -l)"
  local wall rss secs
  wall="$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tv")"
  rss="$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$tv")"
  # h:mm:ss or m:ss(.ss) -> seconds
  secs="$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$wall")"
  awk -v l="$label" -v w="$secs" -v r="$rss" -v u="$units" -v o="$out" -v c="$(sed -n 's/^\s*Percent of CPU this job got: //p' "$tv")" \
    'BEGIN { printf "%-28s wall %8.2f s   max RSS %8.1f MiB   CPU %5s   %14s lines/s   (%d output lines)\n", l, w, r / 1024, c, (w > 0 ? sprintf("%.0f", u / w) : "(too fast)"), o }'
}

measure "cat" "$lines" cat "$input"
measure "wc -l" "$lines" wc -l "$input"
measure "sentigrid analyze ($engine)" "$lines" \
  "${sentigrid[@]}" analyze --split lines --in-process --engine "$engine" "$input"
echo "(sentigrid writes a CSV header plus one row per non-blank line; lines/s = input lines / wall time)"
