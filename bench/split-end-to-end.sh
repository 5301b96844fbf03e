#!/usr/bin/env bash
# `sentigrid analyze --in-process --split sentences --format tsv` end to end, two builds side by side
# (docs/PERFORMANCE.md, "Sentence splitting"). Not part of the build or of CI.
#
#   bench/split-end-to-end.sh BEFORE_JAR [AFTER_JAR] [ROUNDS] [REPEAT]
#
# BEFORE_JAR and AFTER_JAR are sentigrid.jar files with their lib/ beside them (copy app-ui/target/
# sentigrid.jar and app-ui/target/lib somewhere to keep a build); AFTER_JAR defaults to this tree's.
# The input is REPEAT copies (default 50: 1,185,150 lines) of the VADER corpus text, one file without
# blank lines, generated under ${TMPDIR:-/tmp} and removed at the end. Rounds interleave, and which build
# goes first alternates (before-after, after-before, ...); each run prints wall and CPU seconds
# (/usr/bin/time) and the unit count.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
[ $# -ge 1 ] || die "usage: bench/split-end-to-end.sh BEFORE_JAR [AFTER_JAR] [ROUNDS] [REPEAT]"
before="$1"
after="${2:-}"
[ -n "$after" ] || after="$(sentigrid_jar "$root")"
rounds="${3:-5}"
repeat="${4:-50}"
[ -x /usr/bin/time ] || die "/usr/bin/time missing: apt-get install -y time"
jvm_options_of "$root" cli

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-split.XXXXXX")"
trap 'rm -rf "$work"' EXIT
one="$work/corpus.txt"
input="$work/corpus-x$repeat.txt"
corpus_lines "$root/examples/vader-corpora" >"$one"
for ((i = 0; i < repeat; i++)); do cat "$one"; done >"$input"
echo "input: $(wc -l <"$input") lines, $(stat -c %s "$input") bytes"

for ((r = 1; r <= rounds; r++)); do
  order=(before after)
  ((r % 2 == 1)) || order=(after before)
  for build in "${order[@]}"; do
    jar="$before"
    [ "$build" = after ] && jar="$after"
    /usr/bin/time -v -o "$work/time.txt" java "${jvm_options[@]}" -jar "$jar" analyze --in-process --split sentences \
      --format tsv "$input" 2>"$work/err.txt" >/dev/null
    printf 'round %d %-6s wall %6.2f s  CPU %6.2f s  %s units\n' "$r" "$build" "$(seconds "$work/time.txt")" \
      "$(cpu "$work/time.txt")" "$(units "$work/err.txt")"
  done
done
