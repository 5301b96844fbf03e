#!/usr/bin/env bash
# One sentence on standard input (docs/PERFORMANCE.md, "One sentence"): the whole process of plain
# `analyze -` against `analyze --in-process -`, interleaved, ROUNDS times (default 5); the medians and
# their difference. Target: plain within 0.3 s of --in-process.
set -euo pipefail
rounds="${ROUNDS:-5}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
jar="$(sentigrid_jar "$root")"
jvm_options_of "$root" cli
sentence='The food was great! The service, not so much.'

# wall SECONDS of one whole run with OPTIONS
wall() {
  local start end
  start="$(date +%s.%N)"
  echo "$sentence" | java "${jvm_options[@]}" -jar "$jar" analyze "$@" - >/dev/null 2>&1
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

plain=(); in_process=()
for ((r = 1; r <= rounds; r++)); do
  in_process+=("$(wall --in-process)")
  plain+=("$(wall)")
done
a="$(echo "${in_process[*]}" | median)"; b="$(echo "${plain[*]}" | median)"
echo "--in-process: ${in_process[*]} s (median $a)"
echo "plain:        ${plain[*]} s (median $b)"
d="$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b - a }')"
echo "plain - --in-process: $d s (target <= 0.3 s)"
awk -v d="$d" 'BEGIN { exit !(d <= 0.3) }' && echo PASS || { echo FAIL; exit 2; }
