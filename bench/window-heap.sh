#!/bin/bash
# bench/window-heap.sh DISPLAY LABEL FILE JVM-OPTIONS...: opens the window (the built app-ui/target/sentigrid.jar)
# on FILE under Xvfb on DISPLAY with these JVM options; while its job runs, samples the heap's capacity
# (committed) every second; then prints the peak, and the heap and RSS at the end of the job and 30 and 60 s later.
# docs/PERFORMANCE.md ("The window's heap") has what it measured, e.g.:
#   bench/window-heap.sh 93 before big.txt -XX:+UseZGC
#   bench/window-heap.sh 93 after big.txt -XX:+UseZGC -XX:SoftMaxHeapSize=1g -XX:ZUncommitDelay=10
set -u
d=$1; label=$2; file=$3; shift 3
root="$(cd "$(dirname "$0")/.." && pwd)"
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
if ! xdpyinfo -display :$d >/dev/null 2>&1; then Xvfb :$d -screen 0 1440x900x24 >/dev/null 2>&1 & sleep 1; fi
DISPLAY=:$d XDG_DATA_HOME=$data XDG_CONFIG_HOME=$data java "$@" -Djava.util.prefs.userRoot=$data/prefs \
  -jar "$root/app-ui/target/sentigrid.jar" "$file" >$data/log 2>&1 &
pid=$!
start=$(date +%s)
sample() { jcmd $pid GC.heap_info 2>/dev/null | grep -o "used [0-9]*M, capacity [0-9]*M" | head -1; }
until ls $data/sentigrid/journals/* >/dev/null 2>&1; do sleep 1; [ $(( $(date +%s) - start )) -gt 120 ] && break; done
peak=0; peakrss=0
while ls $data/sentigrid/journals/* >/dev/null 2>&1; do
  cap=$(sample | sed 's/.*capacity \([0-9]*\)M/\1/'); [ -n "$cap" ] && [ "$cap" -gt $peak ] && peak=$cap
  rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status); [ "$rss" -gt $peakrss ] && peakrss=$rss
  sleep 1
done
echo "$label: job ended after $(( $(date +%s) - start )) s; during it, heap committed at most ${peak}M, RSS at most ${peakrss} MiB"
for at in 0 30 60; do
  [ $at -gt 0 ] && sleep 30
  echo "$label +${at}s: $(sample); RSS $(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status) MiB"
done
kill $pid
