#!/usr/bin/env bash
# Smoke test of ./sentigrid as a new user meets it: the first run builds (one line on stderr), later
# runs start at once, a stale jar is rebuilt, and the launcher works from another directory, through
# a symlink, on standard input and on paths relative to the caller. Not part of the JUnit suite
# because the launcher starts a Maven build of its own.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/app-ui/target/sentigrid.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "launcher-smoke: FAIL: $*" >&2
  for file in "$work"/*.out "$work"/*.err; do
    [ -f "$file" ] && { echo "--- $file" >&2; cat "$file" >&2; }
  done
  exit 1
}

# A clean build: without the jar, the launcher builds it and says so in one line.
rm -f "$jar"
"$root/sentigrid" --help >"$work/help.out" 2>"$work/help.err" || fail "--help exited $?"
[ "$(cat "$work/help.err")" = "Building Sentigrid (first run)..." ] || fail "first run: expected one build line on stderr"
grep -q '^Usage: sentigrid' "$work/help.out" || fail "--help printed no usage"
grep -q 'analyze' "$work/help.out" || fail "--help does not list analyze"
[ -f "$jar" ] || fail "no $jar after the first run"

# From another directory, on standard input: no build, the CSV header and one row.
cd "$work"
echo 'I love it.' | "$root/sentigrid" analyze - >"$work/stdin.out" 2>"$work/stdin.err" || fail "analyze - exited $?"
grep -q 'Building' "$work/stdin.err" && fail "the second run built again"
[ "$(head -n 1 "$work/stdin.out")" = "source,unit,text,neg,neu,pos,compound,label,record,start,end" ] || fail "bad header"
[ "$(wc -l <"$work/stdin.out")" -eq 2 ] || fail "expected the header and one row"
grep -Eq '^-,1,I love it\.,0\.000,0\.[0-9]{3},0\.[0-9]{3},0\.6369,positive,,0,10$' "$work/stdin.out" || fail "bad row"
grep -Eq '^Analyzed 1 unit from 1 source in [0-9.]+ s(; by worker: (in-process|local-[0-9]+) 1)?\.$' "$work/stdin.err" || fail "bad summary"

# Through a symlink elsewhere, on a path relative to the caller's directory; exit statuses pass through.
mkdir -p "$work/bin"
ln -s "$root/sentigrid" "$work/bin/sg"
echo 'What a terrible day.' >"$work/day.txt"
bin/sg analyze --format jsonl day.txt >"$work/link.out" 2>"$work/link.err" || fail "analyze via symlink exited $?"
grep -q '"source":"day.txt".*"label":"negative"' "$work/link.out" || fail "via symlink: bad output"
status=0
bin/sg analyze day.txt missing.txt >"$work/missing.out" 2>"$work/missing.err" || status=$?
[ "$status" -eq 1 ] || fail "a missing input: expected exit status 1, got $status"
status=0
bin/sg analyze --bogus >"$work/bogus.out" 2>"$work/bogus.err" || status=$?
[ "$status" -eq 2 ] || fail "an unknown option: expected exit status 2, got $status"

# A jar older than the sources is rebuilt.
touch -d '2000-01-01 00:00:00' "$jar"
"$root/sentigrid" --version >"$work/version.out" 2>"$work/version.err" || fail "--version exited $?"
[ "$(cat "$work/version.err")" = "Building Sentigrid (sources changed)..." ] || fail "a stale jar was not rebuilt"
grep -q '^sentigrid ' "$work/version.out" || fail "--version printed no version"
[ -n "$(find "$jar" -newer "$root/pom.xml")" ] || fail "the rebuilt jar is not newer than the POM"

# No display: the window cannot open, and says what to do instead in one line (exit status 2).
status=0
env -u DISPLAY -u WAYLAND_DISPLAY "$root/sentigrid" >"$work/nodisplay.out" 2>"$work/nodisplay.err" || status=$?
[ "$status" -eq 2 ] || fail "no display: expected exit status 2, got $status"
grep -q '^sentigrid: there is no display to open the window on' "$work/nodisplay.err" || fail "no display: no clear line"
[ "$(wc -l <"$work/nodisplay.err")" -eq 1 ] || fail "no display: expected one line"

# No usable Java: one clear line.
status=0
JAVA_HOME=/nonexistent "$root/sentigrid" --help >"$work/nojava.out" 2>"$work/nojava.err" || status=$?
[ "$status" -eq 1 ] && grep -q 'JAVA_HOME is /nonexistent' "$work/nojava.err" || fail "a bad JAVA_HOME: no clear error"

# The Spark job in local mode, from a clone, on plain text, with only its own class path (what
# `./sentigrid spark` puts together): the same bytes as analyze, and a document refused in one sentence.
printf 'I love it.\nWhat a terrible day.\n' >"$work/two.txt"
"$root/sentigrid" analyze --split lines two.txt >"$work/two-analyze.out" 2>"$work/two-analyze.err" || fail "analyze two.txt exited $?"
: >"$work/empty.docx"
"$root/sentigrid" spark --master 'local[1]' --split lines --single-file --output "$work/two-spark.csv" two.txt empty.docx \
  >"$work/spark.out" 2>"$work/spark.err" || true
cmp -s "$work/two-analyze.out" "$work/two-spark.csv" || fail "./sentigrid spark: output differs from analyze"
grep -q 'empty.docx is a document, which the Spark job does not read' "$work/spark.err" || fail "./sentigrid spark: no plain line for a document"

echo "launcher-smoke: all 9 checks OK"
