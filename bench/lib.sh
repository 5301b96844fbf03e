# Shared by the bench/*.sh scripts (sourced, not run): the corpus text and readers of /usr/bin/time -v reports.

# corpus_lines CORPORA_DIR: the text column of every VADER corpus line, LF-terminated
corpus_lines() {
  local f
  for f in tweets movieReviewSnippets amazonReviewSnippets nytEditorialSnippets; do
    # CRLF and no final newline in the files: strip CRs, add the missing last newline.
    { cat "$1/${f}_GroundTruth.txt"; echo; } | tr -d '\r' | cut -f3-
  done
}

# field FILE NAME: a value from a /usr/bin/time -v report
field() {
  sed -n "s/^\s*$2: //p" "$1"
}
# seconds FILE: wall time in seconds from a /usr/bin/time -v report (h:mm:ss or m:ss.ss)
seconds() {
  field "$1" 'Elapsed (wall clock) time (h:mm:ss or m:ss)' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}
cpu() {
  awk -v u="$(field "$1" 'User time (seconds)')" -v s="$(field "$1" 'System time (seconds)')" 'BEGIN { printf "%.2f", u + s }'
}
rss_mib() {
  awk -v k="$(field "$1" 'Maximum resident set size (kbytes)')" 'BEGIN { printf "%.0f", k / 1024 }'
}
# units ERRFILE: the unit count from analyze's summary line
units() {
  sed -n 's/^Analyzed \([0-9,]*\) units.*/\1/p' "$1" | tr -d ,
}

# die MESSAGE: says MESSAGE as the script and exits 1
die() {
  echo "$(basename "$0" .sh): $*" >&2
  exit 1
}

# sentigrid_jar ROOT: the jar to time: $SENTIGRID_JAR, or this tree's (./sentigrid builds it first if the
# sources changed, so no build is timed)
sentigrid_jar() {
  local jar
  if [ -n "${SENTIGRID_JAR:-}" ]; then
    jar="$SENTIGRID_JAR"
  else
    [ -x "$1/sentigrid" ] || die "$1/sentigrid missing"
    "$1/sentigrid" --version >/dev/null
    jar="$1/app-ui/target/sentigrid.jar"
  fi
  [ -f "$jar" ] || die "no jar at $jar"
  echo "$jar"
}

# jvm_options_of ROOT KEY: sets the array jvm_options to the JVM options KEY (cli, worker, window) of
# ROOT's app-ui/src/main/resources/org/sentigrid/jvm-options.properties, which ./sentigrid gives the
# command line and the window, so that timing `java -jar` measures what users run (./sentigrid itself is
# not timed: its checks would be)
jvm_options_of() {
  local file="$1/app-ui/src/main/resources/org/sentigrid/jvm-options.properties" line
  line="$(sed -n "s/^$2=//p" "$file")"
  [ -n "$line" ] || die "no $2= line in $file"
  read -r -a jvm_options <<<"$line"
}
