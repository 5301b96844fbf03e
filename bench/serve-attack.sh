#!/usr/bin/env bash
# `sentigrid serve` under issue 15's attacks (docs/PERFORMANCE.md, "serve under abuse"): with its default
# settings, as users start it, each attack from its own loopback address (one process) while an ordinary
# client on 127.0.0.1 (another process, starting a second later) asks a sentence every 100 ms
# (org.sentigrid.bench.ServeAttack):
#   dribble   300 connections sending a byte every 200 ms (opened again when cut off)
#   flood     32 connections sending 1 MiB requests one after another
#   pipeline  8 connections sending lines without end and never reading (lines protocol only)
#   all       the three at once
# and, for each run, the server's peak resident memory (VmHWM).
#
#   bench/serve-attack.sh [SECONDS]    default 20 s an attack
#
# SENTIGRID_JAR=path/to/sentigrid.jar measures another build (e.g. main's, for the figures before).
# Exit status 0 when every ordinary answer was exact and came within 2 s and every server stayed under
# 1 GiB, 2 when not.
set -euo pipefail

seconds="${1:-20}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
jar="$(sentigrid_jar "$root")"
jvm_options_of "$root" cli
bench_jar="$root/bench/target/benchmarks.jar"
[ -f "$bench_jar" ] || (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests) || die "cannot build $bench_jar"

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-serve-attack.XXXXXX")"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); serve from $jar; ${seconds} s an attack"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
await_port() {
  for _ in $(seq 400); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done
  die "nothing listens on port $1"
}

ok=yes
for protocol in compat lines; do
  attacks=(none dribble flood all)
  [ "$protocol" = lines ] && attacks=(none dribble flood pipeline all)
  for attack in "${attacks[@]}"; do
    port="$(free_port)"
    java "${jvm_options[@]}" -jar "$jar" serve --protocol "$protocol" --listen "127.0.0.1:$port" 2>"$work/serve.err" &
    server=$!
    await_port "$port"
    attackers=""
    if [ "$attack" != none ]; then
      java -cp "$bench_jar" org.sentigrid.bench.ServeAttack "$port" "$protocol" "$attack" "$((seconds + 1))" >"$work/attackers.out" &
      attackers=$!
      sleep 1
    fi
    line="$protocol $attack: $(java -cp "$bench_jar" org.sentigrid.bench.ServeAttack "$port" "$protocol" ordinary "$seconds" 2>"$work/attack.err")"
    if [ -n "$attackers" ]; then
      wait "$attackers"
      line="$line; $(cat "$work/attackers.out")"
    fi
    rss_kib="$(sed -n 's/^VmHWM:\s*\([0-9]*\) kB/\1/p' "/proc/$server/status")"
    kill "$server"; wait "$server" 2>/dev/null || true
    server=""
    echo "$line; server peak RSS $((rss_kib / 1024)) MiB"
    sed 's/^/  /' "$work/attack.err"
    slowest="$(sed -n 's/.*slowest \([0-9]*\) ms.*/\1/p' <<<"$line")"
    if ! grep -q ' 0 wrong, 0 failed' <<<"$line" || (( slowest >= 2000 || rss_kib >= 1024 * 1024 )); then
      ok=no
    fi
  done
done
[ "$ok" = yes ] && echo PASS || { echo FAIL; exit 2; }
