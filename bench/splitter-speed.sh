#!/usr/bin/env bash
# Sentences per second of the sentence splitter alone, two builds side by side (docs/PERFORMANCE.md,
# "Sentence splitting"). Not part of the build or of CI.
#
#   bench/splitter-speed.sh BEFORE [AFTER] [ROUNDS] [SECONDS]
#
# BEFORE and AFTER are rmi-worker builds (a jar or a classes directory); AFTER defaults to this tree's
# rmi-worker/target/classes. Each round runs SplitterSpeed in a fresh JVM (with the command line's JVM
# options) for BEFORE, then AFTER, in both modes (cells, chunks); rounds interleave so both see the same
# machine. Needs `./mvnw -q -B -DskipTests package` first (for bench/target/classes and the ICU jar).
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
[ $# -ge 1 ] || die "usage: bench/splitter-speed.sh BEFORE [AFTER] [ROUNDS] [SECONDS]"
before="$1"
after="${2:-$root/rmi-worker/target/classes}"
rounds="${3:-3}"
seconds="${4:-5}"
icu="$(ls "$root"/app-ui/target/lib/icu4j-*.jar 2>/dev/null | head -n 1)"
[ -n "$icu" ] || die "no ICU jar under app-ui/target/lib: build first"
[ -f "$root/bench/target/classes/org/sentigrid/text/SplitterSpeed.class" ] || die "bench not built"
jvm_options_of "$root" cli

for ((r = 1; r <= rounds; r++)); do
  for mode in cells chunks; do
    for build in before after; do
      classes="$before"
      [ "$build" = after ] && classes="$after"
      printf 'round %d %-6s ' "$r" "$build"
      java "${jvm_options[@]}" -cp "$root/bench/target/classes:$classes:$icu" org.sentigrid.text.SplitterSpeed "$mode" "$seconds"
    done
  done
done
