#!/usr/bin/env bash
# `serve --protocol compat` against the server it replaces (docs/PERFORMANCE.md, "serve against the
# original"): the original design's Twisted + NLTK server (bench/serve/original_server.py, with an
# analyzer made per request as the original's measured rate says it did, and with one shared analyzer)
# and `sentigrid serve --engine nltk`, each loaded by the original design's client: N concurrent senders,
# each connecting once per sentence, sending it without newline or half-close and reading the answer
# until the server closes (org.sentigrid.bench.CompatLoad). Sentences: the VADER corpus lines.
#
#   bench/serve-compat.sh [SENDERS] [SECONDS]    default 8 senders, 10 s measured after 3 s of warm-up
#
# Needs python3 with twisted and nltk (Debian: apt-get install -y python3-twisted python3-nltk; run with
# /usr/bin/python3, or PYTHON=...). ROUNDS=R interleaves R rounds (default 2); the best of each counts.
# Exit status 0 when Sentigrid reaches 10x the original's sentences/s with every answer exact, 2 when not.
set -euo pipefail

senders="${1:-8}"
seconds="${2:-10}"
rounds="${ROUNDS:-2}"
python="${PYTHON:-/usr/bin/python3}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
"$python" -c 'import twisted, nltk' 2>/dev/null || die "$python lacks twisted or nltk: apt-get install -y python3-twisted python3-nltk"
jar="$(sentigrid_jar "$root")"
jvm_options_of "$root" cli
bench_jar="$root/bench/target/benchmarks.jar"
[ -f "$bench_jar" ] || (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests) || die "cannot build $bench_jar"
export LC_CTYPE="${LC_CTYPE:-C.UTF-8}"

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-serve-compat.XXXXXX")"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
corpus_lines "$root/examples/vader-corpora" >"$work/sentences.txt"
lexicon="$root/rmi-worker/src/main/resources/org/sentigrid/engine/nltk_vader_lexicon.txt"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $("$python" --version); $senders senders, ${seconds} s"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
await_port() {
  for _ in $(seq 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done
  die "nothing listens on port $1"
}
load() { java -cp "$bench_jar" org.sentigrid.bench.CompatLoad "$1" "$work/sentences.txt" nltk "$senders" 3 "$seconds"; }
rate() { sed -n 's/.*: \([0-9]*\) sentences\/s.*/\1/p'; }

# original VARIANT: the Python server's line from the load
original() {
  local port
  port="$(free_port)"
  "$python" "$root/bench/serve/original_server.py" "$port" "$lexicon" "$1" >/dev/null 2>&1 &
  pids+=($!)
  await_port "$port"
  load "$port"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
}

best_original=0; best_once=0; best_sentigrid=0; exact=yes
for ((r = 1; r <= rounds; r++)); do
  line="$(original per-request)"; echo "round $r original (an analyzer a request): $line"
  o="$(rate <<<"$line")"; (( o > best_original )) && best_original=$o
  line="$(original once)"; echo "round $r original (one analyzer):          $line"
  o="$(rate <<<"$line")"; (( o > best_once )) && best_once=$o

  port="$(free_port)"
  java "${jvm_options[@]}" -jar "$jar" serve --engine nltk --listen "127.0.0.1:$port" 2>"$work/serve.err" &
  pids+=($!)
  await_port "$port"
  line="$(load "$port")"; echo "round $r sentigrid serve:                     $line"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
  s="$(rate <<<"$line")"; (( s > best_sentigrid )) && best_sentigrid=$s
  grep -q ' 0 differ from the engine, 0 failed' <<<"$line" || exact=no
done
ratio="$(awk -v s="$best_sentigrid" -v o="$best_original" 'BEGIN { printf "%.1f", s / o }')"
ratio_once="$(awk -v s="$best_sentigrid" -v o="$best_once" 'BEGIN { printf "%.1f", s / o }')"
echo "best: original $best_original sentences/s (one analyzer: $best_once), sentigrid $best_sentigrid sentences/s:" \
  "${ratio}x the original (target >= 10x), ${ratio_once}x the one-analyzer variant; answers exact: $exact"
awk -v r="$ratio" 'BEGIN { exit !(r >= 10) }' && [ "$exact" = yes ] && echo PASS || { echo FAIL; exit 2; }
