#!/usr/bin/env bash
# The grid end to end (docs/PERFORMANCE.md, "End to end on the grid"): `sentigrid analyze --split lines`
# on the VADER corpus lines repeated to about a million lines, --in-process against 1 and 2 local workers,
# then what the coordinator costs per unit against what the workers cost. Not part of the build or of CI.
#
#   bench/grid-end-to-end.sh [REPEAT] [ENGINE]    REPEAT copies of the 23,703 corpus lines (default 42,
#                                                  i.e. 995,526 lines); ENGINE vader (default) or nltk
#
# Part 1, throughput: `analyze --in-process`, plain `analyze` (the grid with this process's own threads,
# the default), `--local-workers 1` and `--local-workers 2` (worker processes instead), each under
# /usr/bin/time -v (wall, user+sys CPU of the process and its reaped children, i.e. the local workers,
# and the largest max RSS of any one of them), CSV to a file that must be byte-identical to the
# --in-process one. Target: plain analyze reaches >= 0.95 x the --in-process units/s.
#
# Part 2, cost split: the coordinator alone (`analyze --threads 0 --min-workers N`) and N worker
# JVMs started by this script exactly as analyze starts its local workers (same JVM flags, threads,
# token in the environment, --exit-with-parent on a pipe that is closed when analyze ends), each under
# its own /usr/bin/time, so coordinator CPU and worker CPU are measured separately. Their threads' CPU
# is sampled from /proc every 0.1 s, with the bytes the coordinator has written so far: the target is
# judged on the mid-run window (from 25% to 75% of those bytes, coordinator and workers over the same
# seconds, JIT compiler threads left out), the median of the rounds. Also printed: the whole run, and
# the full input minus half of it. Target: coordinator CPU per unit <= 1/8 of the workers' CPU per unit
# (one desktop feeds eight or more worker cores).
#
# Every analyze (and part 2's coordinator) runs with the JVM options ./sentigrid gives the command line
# (the serial collector; bench/lib.sh reads them from the launcher), so what is timed is what users run.
#
# Exit status 0 when both targets pass, 2 when one fails, 1 on an error. The input (about 100 MB)
# and the outputs are generated under ${TMPDIR:-/tmp} and removed at the end; never commit them.
# SENTIGRID_JAR=path/to/sentigrid.jar uses that jar instead of building this tree's (./sentigrid).
# GRID_WORKERS=N sets N for part 2 (default 2, the --local-workers 2 case). ROUNDS=R runs everything R
# times, interleaved (default 3; about 40 s a round on 2 cores); tables give the best of the R runs.
# COORD_OPTS="JVM options" passes options to part 2's coordinator JVM (e.g. -Xmn48m).
set -euo pipefail

repeat="${1:-42}"
engine="${2:-vader}"
split_workers="${GRID_WORKERS:-2}"
rounds="${ROUNDS:-3}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="$root/examples/vader-corpora"
gnutime=/usr/bin/time
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

[ -x "$gnutime" ] || die "$gnutime missing: apt-get install -y time"
(( repeat >= 2 )) || die "REPEAT must be at least 2 (part 2 also runs half of it)"
jar="$(sentigrid_jar "$root")"
# Part 2's worker JVMs get the options analyze gives its local workers (LocalWorkers.JVM_OPTIONS).
jvm_options_of "$root" worker
worker_jvm_options=("${jvm_options[@]}")
jvm_options_of "$root" cli
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -z "${LC_ALL:-}${LC_CTYPE:-}${LANG:-}" ]; then
  export LC_CTYPE=C.UTF-8
fi
cores="$(nproc)"

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-grid-e2e.XXXXXX")"
# Worker JVMs started here exit by themselves once this script's end of their standard input closes.
trap 'rm -rf "$work"' EXIT

# The text column of every corpus line, LF-terminated, REPEAT times.
one="$work/corpus.txt"
corpus_lines "$corpora" >"$one"
input="$work/corpus-x$repeat.txt"
half="$work/corpus-x$((repeat / 2)).txt"
for ((i = 0; i < repeat; i++)); do cat "$one"; done >"$input"
for ((i = 0; i < repeat / 2; i++)); do cat "$one"; done >"$half"

echo "machine: $cores cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM; $("$java" -version 2>&1 | head -n 1)"
echo "jar: $jar; engine $engine; input: $(wc -l <"$input") lines, $(stat -c %s "$input") bytes (${repeat} x the corpus)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# sample_threads PID FILE: until PID exits, appends every 0.1 s a line "@|epoch ns|bytes the process wrote so
# far (wchar)", then each thread's "name|tid|utime+stime ticks" (one Python process, nothing started per sample)
sample_threads() {
  python3 "$root/bench/python/thread_cpu.py" series 0.1 "$1" "$2"
}
# thread_groups [FILE]: CPU seconds per kind of thread, "main|rmi|work|jit|gc|other", from sample_threads' output
thread_groups() {
  awk -F'|' -v hz="$(getconf CLK_TCK)" '
    $1 == "@" { next }
    { if ($3 > last[$2]) last[$2] = $3; name[$2] = $1 }
    END {
      for (t in last) {
        n = name[t]; g = "other"
        if (n == "java") g = "main"; else if (n ~ /^RMI TCP Connect/) g = "rmi"; else if (n ~ /^sentigrid-worke/) g = "work"
        else if (n ~ /^C[12] CompilerThre/) g = "jit"; else if (n ~ /^(GC Thread|G1 |VM Thread)/) g = "gc"
        s[g] += last[t] / hz
      }
      printf "%.2f|%.2f|%.2f|%.2f|%.2f|%.2f", s["main"], s["rmi"], s["work"], s["jit"], s["gc"], s["other"]
    }' "$@"
}

# window COORD_FILE FILE...: CPU seconds per kind of thread (as thread_groups) spent in the middle of the
# run, from when the coordinator had written 25% of all it wrote (output file and batches sent) to 75%,
# preceded by the share of its bytes written in that window ("share|main|rmi|work|jit|gc|other"). The
# coordinator and the workers are measured over the same seconds, so load from elsewhere hits both alike.
window() {
  local coord="$1"
  shift
  local bounds
  bounds="$(awk -F'|' '$1 == "@" { t[++n] = $2; w[n] = $3; if ($3 > max) max = $3 }
    END { for (i = 1; i <= n; i++) { if (!a && w[i] >= 0.25 * max) { a = t[i]; wa = w[i] } if (!b && w[i] >= 0.75 * max) { b = t[i]; wb = w[i] } }
          printf "%s %s %.4f", a, b, (max > 0 ? (wb - wa) / max : 0) }' "$coord")"
  read -r t1 t2 share <<<"$bounds"
  awk -F'|' -v hz="$(getconf CLK_TCK)" -v t1="$t1" -v t2="$t2" -v share="$share" '
    FNR == 1 { ts = 0 }
    $1 == "@" { ts = $2; next }
    { id = FILENAME "/" $2; name[id] = $1; if (ts <= t1) a[id] = $3; if (ts <= t2) b[id] = $3 }
    END {
      for (id in name) {
        n = name[id]; g = "other"
        if (n == "java") g = "main"; else if (n ~ /^RMI TCP Connect/) g = "rmi"; else if (n ~ /^sentigrid-worke/) g = "work"
        else if (n ~ /^C[12] CompilerThre/) g = "jit"; else if (n ~ /^(GC Thread|G1 |VM Thread)/) g = "gc"
        s[g] += (b[id] - a[id]) / hz
      }
      printf "%s|%.3f|%.3f|%.3f|%.3f|%.3f|%.3f", share, s["main"], s["rmi"], s["work"], s["jit"], s["gc"], s["other"]
    }' "$@"
}

# --- Part 1: throughput ---

# analyze LABEL ROUND OPTIONS... : one timed run of analyze on the full input; prints its row
analyze() {
  local label="$1" round="$2" out same
  shift 2
  out="$work/$label-$round.csv"
  "$gnutime" -v -o "$work/$label.time" "$java" "${jvm_options[@]}" -jar "$jar" analyze --split lines --engine "$engine" "$@" \
    --output "$out" "$input" 2>"$work/$label.err" || { cat "$work/$label.err" >&2; die "$label failed"; }
  if [ ! -f "$work/baseline.csv" ]; then
    mv "$out" "$work/baseline.csv"   # the first --in-process output is the reference for every other run
    same="reference"
  else
    if cmp -s "$work/baseline.csv" "$out"; then same="identical"; else same="DIFFERENT"; fi
    rm -f "$out"
  fi
  echo "$label|$(seconds "$work/$label.time")|$(cpu "$work/$label.time")|$(rss_mib "$work/$label.time")|$(units "$work/$label.err")|$same"
}

# --- Part 2: coordinator and workers measured apart ---

# split INPUT TAG: analyze --threads 0 and $split_workers worker JVMs started like local workers
split() {
  local file="$1" tag="$2" token i
  rm -f "$work/coord-$tag.threads" "$work/workers-$tag.threads".*   # this run's samples only
  token="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  "$gnutime" -v -o "$work/coord-$tag.time" "$java" "${jvm_options[@]}" ${COORD_OPTS:-} -jar "$jar" analyze --split lines --engine "$engine" \
    --threads 0 --min-workers "$split_workers" --listen 127.0.0.1 --token "$token" \
    --output "$work/coord-$tag.csv" "$file" >/dev/null 2>"$work/coord-$tag.err" &
  local coordinator=$!
  # The coordinator JVM (the child of /usr/bin/time): its threads' CPU is sampled until it exits.
  local jvm="" deadline=$((SECONDS + 10))
  while [ -z "$jvm" ] && (( SECONDS < deadline )); do
    jvm="$(pgrep -P "$coordinator" || true)"
    [ -n "$jvm" ] || sleep 0.01
  done
  [ -n "$jvm" ] && sample_threads "$jvm" "$work/coord-$tag.threads" &
  local sampler=$!
  # Wait (bounded) for the coordinator to listen: it prints the join command, with the port it got.
  local join=""
  deadline=$((SECONDS + 60))
  while [ -z "$join" ]; do
    join="$(sed -n 's/.*sentigrid worker --join \([^ ]*\) .*/\1/p' "$work/coord-$tag.err" | head -n 1)"
    kill -0 "$coordinator" 2>/dev/null || { cat "$work/coord-$tag.err" >&2; die "the coordinator exited early"; }
    (( SECONDS < deadline )) || die "the coordinator did not listen within 60 s"
    [ -n "$join" ] || sleep 0.05
  done
  # As CliGrid/LocalWorkers start local workers: cores / N threads each, Serial GC, 1 MiB stacks,
  # the token in the environment, and exit when standard input (a pipe held open here) closes.
  local threads=$((cores / split_workers))
  (( threads >= 1 )) || threads=1
  rm -f "$work/hold"
  mkfifo "$work/hold"
  worker_pids=()
  for ((i = 1; i <= split_workers; i++)); do
    SENTIGRID_TOKEN="$token" "$gnutime" -v -o "$work/worker-$tag-$i.time" "$java" "${worker_jvm_options[@]}" \
      -cp "$jar" org.sentigrid.worker.WorkerMain --join "$join" --threads "$threads" --name "local-$i" \
      --exit-with-parent <"$work/hold" >/dev/null 2>"$work/worker-$tag-$i.err" &
    worker_pids+=($!)
  done
  exec 9>"$work/hold"
  local samplers=() child
  for ((i = 1; i <= split_workers; i++)); do
    child=""
    deadline=$((SECONDS + 10))
    while [ -z "$child" ] && (( SECONDS < deadline )); do
      child="$(pgrep -P "${worker_pids[i - 1]}" || true)"
      [ -n "$child" ] || sleep 0.01
    done
    if [ -n "$child" ]; then
      sample_threads "$child" "$work/workers-$tag.threads.$i" 9>&- &   # must not hold the pipe open
      samplers+=($!)
    fi
  done
  wait "$coordinator" || { cat "$work/coord-$tag.err" >&2; die "the coordinator failed"; }
  wait "$sampler" || true
  exec 9>&-   # the workers' standard input closes: they exit as local workers do when analyze ends
  deadline=$((SECONDS + 20))
  for pid in "${worker_pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "grid-end-to-end: a worker did not exit within 20 s of analyze; stopping it" >&2
      pkill -TERM -P "$pid" || true   # the worker JVM, the child of this /usr/bin/time
    fi
    wait "$pid" || true
  done
  for pid in "${samplers[@]}"; do
    wait "$pid" || true
  done
  worker_pids=()
  local wcpu=0 w
  for ((i = 1; i <= split_workers; i++)); do
    w="$(cpu "$work/worker-$tag-$i.time")"
    wcpu="$(awk -v a="$wcpu" -v b="$w" 'BEGIN { printf "%.2f", a + b }')"
  done
  rm -f "$work/coord-$tag.csv"
  echo "$tag|$(units "$work/coord-$tag.err")|$(seconds "$work/coord-$tag.time")|$(cpu "$work/coord-$tag.time")|$(rss_mib "$work/coord-$tag.time")|$wcpu|$(thread_groups "$work/coord-$tag.threads")|$(cat "$work/workers-$tag.threads".* | thread_groups)|$(window "$work/coord-$tag.threads" "$work/coord-$tag.threads")|$(window "$work/coord-$tag.threads" "$work/workers-$tag.threads".* | cut -d'|' -f2-)"
}

# --- The runs: ROUNDS rounds, the configurations interleaved so that a burst of load hits all alike ---

rows=()
splits=()
for ((round = 1; round <= rounds; round++)); do
  rows+=("$(analyze in-process "$round" --in-process)")
  rows+=("$(analyze plain "$round")")
  rows+=("$(analyze local-workers-1 "$round" --local-workers 1)")
  rows+=("$(analyze local-workers-2 "$round" --local-workers 2)")
  splits+=("$(split "$input" full)")
  splits+=("$(split "$half" half)")
  echo "round $round of $rounds done; load $(cut -d' ' -f1-3 /proc/loadavg)"
done
rm -f "$work/baseline.csv"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- The tables ---

echo
echo "Part 1: analyze --split lines --engine $engine on $cores cores; best of $rounds runs (least wall time), all wall times listed"
table1="$(printf '%s\n' "${rows[@]}" | awk -F'|' '
  { if (!($1 in best) || $2 < best[$1]) { best[$1] = $2; cpu[$1] = $3; rss[$1] = $4; units[$1] = $5 }
    walls[$1] = walls[$1] (walls[$1] == "" ? "" : " ") sprintf("%.2f", $2)
    if ($6 == "DIFFERENT") bad[$1] = 1; else if (!($1 in same)) same[$1] = $6
    if (!($1 in order)) { order[$1] = ++n; label[n] = $1 } }
  END {
    printf "%-18s %8s %8s %12s %10s %13s  %-10s  %s\n", "run", "wall s", "CPU s", "max RSS MiB", "units/s", "x in-process", "output", "all wall times (s)"
    print "------------------------------------------------------------------------------------------------------------"
    base = units["in-process"] / best["in-process"]
    for (i = 1; i <= n; i++) {
      l = label[i]; rate = units[l] / best[l]
      printf "%-18s %8.2f %8.2f %12d %10d %12.2fx  %-10s  %s\n", l, best[l], cpu[l], rss[l], rate, rate / base, (l in bad ? "DIFFERENT" : same[l]), walls[l]
    }
    r2 = units["plain"] / best["plain"] / base
    printf "\ntarget: plain analyze >= 0.95 x --in-process units/s: %.2fx %s\n", r2, (r2 >= 0.95 ? "PASS" : "FAIL")
    for (l in bad) print "ERROR: output of " l " differs from the --in-process output"
  }')"
echo "$table1"

echo
echo "Part 2: the coordinator (analyze --threads 0) and $split_workers worker JVMs, each measured alone;"
echo "        CPU = user + sys; each figure the least of $rounds runs (load only ever adds to CPU time)"
table2="$(printf '%s\n' "${splits[@]}" | awk -F'|' '
  { t = $1; seen[t] = 1
    for (i = 2; i <= NF; i++) if (!((t, i) in m) || $i < m[t, i]) m[t, i] = $i
    # The mid-run window of this run (fields 19-31): units in it, coordinator and workers CPU without JIT.
    if (t == "full" && $19 > 0) {
      wu = $19 * $2; wc = $20 + $21 + $24 + $25; ww = $26 + $27 + $28 + $30 + $31
      nw++; wunits[nw] = wu; wcoord[nw] = wc; wwork[nw] = ww; wratio[nw] = wc / ww
      wparts[nw] = sprintf("main %.2f, RMI %.2f, GC and other %.2f", 1e6 * $20 / wu, 1e6 * $21 / wu, 1e6 * ($24 + $25) / wu)
    } }
  END {
    for (i = 2; i <= 18; i++) { f[i] = m["full", i]; h[i] = m["half", i] }
    printf "%-24s %9s %8s %10s %10s %12s %11s %11s %14s\n", "run", "units", "wall s", "coord CPU", "coord RSS", "workers CPU", "coord us/u", "worker us/u", "coord/workers"
    print "------------------------------------------------------------------------------------------------------------------------"
    row("full input", f); row("half input", h)
    du = f[2] - h[2]; dc = f[4] - h[4]; dw = f[6] - h[6]
    printf "%-24s %9d %8s %10.2f %10s %12.2f %11.2f %11.2f %14.3f\n", "marginal (full - half)", du, "", dc, "", dw, 1e6 * dc / du, 1e6 * dw / du, dc / dw
    # Steady state: the marginal CPU of the threads that handle units, without the JIT compilers (whose
    # work is a one-off per JVM, and whose noise swamps process-level differences).
    sc = (f[7] + f[8] + f[11] + f[12]) - (h[7] + h[8] + h[11] + h[12])
    sw = (f[14] + f[15] + f[17] + f[18]) - (h[14] + h[15] + h[17] + h[18])
    printf "%-24s %9d %8s %10.2f %10s %12.2f %11.2f %11.2f %14.3f\n", "steady state (threads)", du, "", sc, "", sw, 1e6 * sc / du, 1e6 * sw / du, sc / sw
    # The mid-run windows, one per round; the median round (by ratio) is the one judged.
    for (i = 1; i <= nw; i++) for (j = i + 1; j <= nw; j++) if (wratio[j] < wratio[i]) {
      x = wratio[i]; wratio[i] = wratio[j]; wratio[j] = x; x = wunits[i]; wunits[i] = wunits[j]; wunits[j] = x
      x = wcoord[i]; wcoord[i] = wcoord[j]; wcoord[j] = x; x = wwork[i]; wwork[i] = wwork[j]; wwork[j] = x
      x = wparts[i]; wparts[i] = wparts[j]; wparts[j] = x }
    k = int((nw + 1) / 2)
    all = ""; for (i = 1; i <= nw; i++) all = all sprintf(" %.3f", wratio[i])
    printf "%-24s %9d %8s %10.2f %10s %12.2f %11.2f %11.2f %14.3f\n", "mid-run window (threads)", wunits[k], "", wcoord[k], "", wwork[k], 1e6 * wcoord[k] / wunits[k], 1e6 * wwork[k] / wunits[k], wratio[k]
    wr = f[4] / f[6]; mr = sc / sw; vr = wratio[k]
    printf "\ntarget: coordinator CPU per unit <= 1/8 (0.125) of the workers CPU per unit:\n"
    printf "        mid-run window %.3f %s (median of %d runs:%s; one coordinator core keeps %.1f worker cores busy)\n", \
      vr, (vr <= 0.125 ? "PASS" : "FAIL"), nw, all, 1 / vr
    printf "        coordinator us/unit in that window: %s\n", wparts[k]
    printf "        also shown: whole run %.3f, full minus half input %.3f\n", wr, mr
    printf "(mid-run window = the seconds in which the coordinator wrote the middle half of its bytes, on the full input:\n"
    printf " coordinator and workers measured over the same seconds, per thread, leaving out the JIT compiler threads)\n"
    printf "\nCPU by thread (from /proc, every 0.1 s): seconds on the full and on the half input; marginal us per unit\n"
    printf "%-62s %8s %8s %9s\n", "threads", "full", "half", "us/unit"
    split("main: read, split, pack, write CSV|RMI connections: send batches, accept results|-|JIT compilers (C1, C2)|GC and VM threads|other", cg, "|")
    split("main: start, load lexicons|RMI|pulling threads: receive batch, score, send scores|JIT compilers (C1, C2)|GC and VM threads|other", wg, "|")
    for (i = 1; i <= 6; i++)
      if (cg[i] != "-") printf "%-62s %8.2f %8.2f %9.2f\n", "coordinator " cg[i], f[6 + i], h[6 + i], 1e6 * (f[6 + i] - h[6 + i]) / du
    for (i = 1; i <= 6; i++)
      if (f[12 + i] + h[12 + i] > 0) printf "%-62s %8.2f %8.2f %9.2f\n", "workers " wg[i], f[12 + i], h[12 + i], 1e6 * (f[12 + i] - h[12 + i]) / du
  }
  function row(name, x) {
    printf "%-24s %9d %8.2f %10.2f %6d MiB %12.2f %11.2f %11.2f %14.3f\n", name, x[2], x[3], x[4], x[5], x[6], 1e6 * x[4] / x[2], 1e6 * x[6] / x[2], x[4] / x[6]
  }')"
echo "$table2"

# Exit status 2 when a target fails or an output differs.
if grep -q 'FAIL\|ERROR' <<<"$table1$table2"; then
  exit 2
fi
