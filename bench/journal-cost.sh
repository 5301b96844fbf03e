#!/usr/bin/env bash
# What `analyze --journal` costs (docs/PERFORMANCE.md, "The journal"): the same run with and without a
# journal, on this machine, in one script run. Not part of the build or of CI.
#
#   bench/journal-cost.sh [REPEAT]     REPEAT copies of the 23,703 VADER corpus lines (default 42, about 100 MB)
#
# Each round (ROUNDS, default 3, interleaved so load from elsewhere hits every configuration alike) runs
# `analyze --output FILE INPUT` (default split: sentences) under /usr/bin/time -v:
#   in-process             --in-process, no journal (the baseline of the first ratio)
#   in-process + journal   --in-process --journal J, a new journal
#   grid                   on the default grid (1 local worker process), no journal (the second baseline)
#   grid + journal         the same with a new journal
#   replay                 --in-process --journal J again: every unit comes from the complete journal
# Every output must be byte-identical to the first. The table gives each configuration's best round
# (least wall time) and its units/s ratio to its baseline. Target: a journal costs at most 10%, i.e. the
# ratio is >= 0.90 on both. Exit status 0 when it is met, 2 when not or an output differs, 1 on an error.
# SENTIGRID_JAR=path/to/sentigrid.jar uses that jar instead of this tree's (built by ./sentigrid).
set -euo pipefail

repeat="${1:-42}"
rounds="${ROUNDS:-3}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="$root/examples/vader-corpora"
gnutime=/usr/bin/time
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

[ -x "$gnutime" ] || die "$gnutime missing: apt-get install -y time"
jar="$(sentigrid_jar "$root")"
jvm_options_of "$root" cli
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-journal.XXXXXX")"
trap 'rm -rf "$work"' EXIT
one="$work/corpus.txt"
corpus_lines "$corpora" >"$one"
input="$work/corpus-x$repeat.txt"
for ((i = 0; i < repeat; i++)); do cat "$one"; done >"$input"

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM; $("$java" -version 2>&1 | head -n 1)"
echo "jar: $jar; input: $(wc -l <"$input") lines, $(stat -c %s "$input") bytes ($repeat x the corpus); $rounds rounds"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

configs=("in-process" "in-process + journal" "grid" "grid + journal" "replay")
declare -A best_wall best_row walls
status=0
run() { # run CONFIG ROUND OPTIONS...
  local config="$1" round="$2" key out wall
  shift 2
  key="${config// /_}"
  out="$work/$key.csv"
  "$gnutime" -v -o "$work/$key.time" "$java" "${jvm_options[@]}" -jar "$jar" analyze --output "$out" "$@" "$input" 2>"$work/$key.err" \
    || die "$config failed: $(tail -n 2 "$work/$key.err")"
  if [ -f "$work/expected.csv" ]; then
    cmp -s "$out" "$work/expected.csv" || { echo "OUTPUT DIFFERS: $config, round $round"; status=2; }
  else
    mv "$out" "$work/expected.csv"
  fi
  rm -f "$out"
  wall="$(seconds "$work/$key.time")"
  walls[$config]+="$wall "
  if [ -z "${best_wall[$config]:-}" ] || awk -v a="$wall" -v b="${best_wall[$config]}" 'BEGIN { exit !(a < b) }'; then
    best_wall[$config]="$wall"
    best_row[$config]="$(units "$work/$key.err")|$wall|$(cpu "$work/$key.time")|$(rss_mib "$work/$key.time")"
  fi
}
for ((r = 1; r <= rounds; r++)); do
  rm -f "$work/j-in" "$work/j-grid"
  run "in-process" "$r" --in-process
  run "in-process + journal" "$r" --in-process --journal "$work/j-in"
  run "grid" "$r"
  run "grid + journal" "$r" --journal "$work/j-grid"
  run "replay" "$r" --in-process --journal "$work/j-in"
  journal_bytes="$(stat -c %s "$work/j-in")"
  echo "round $r done; load $(cut -d' ' -f1-3 /proc/loadavg)"
done

rate() { awk -F'|' '{ printf "%.0f", $1 / $2 }' <<<"$1"; }
printf '\n%-22s %10s %8s %8s %8s %10s %10s  %s\n' configuration units wall_s cpu_s rss_MiB units/s "x baseline" "all wall times"
for config in "${configs[@]}"; do
  IFS='|' read -r u w c m <<<"${best_row[$config]}"
  case "$config" in
    "in-process + journal" | replay) base="in-process" ;;
    "grid + journal") base="grid" ;;
    *) base="" ;;
  esac
  ratio="-"
  if [ -n "$base" ]; then
    ratio="$(awk -v a="$(rate "${best_row[$config]}")" -v b="$(rate "${best_row[$base]}")" 'BEGIN { printf "%.3f", a / b }')"
  fi
  printf '%-22s %10s %8s %8s %8s %10s %10s  %s\n' "$config" "$u" "$w" "$c" "$m" "$(rate "${best_row[$config]}")" "$ratio" "${walls[$config]}"
  if [[ "$config" == *journal ]] && awk -v r="$ratio" 'BEGIN { exit !(r < 0.90) }'; then
    status=2
  fi
done
echo "journal: $journal_bytes bytes for $(stat -c %s "$input") bytes of input"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "target: with a journal >= 0.90 x the units/s without: $([ "$status" = 0 ] && echo PASS || echo FAIL)"
exit "$status"
