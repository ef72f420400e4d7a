#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Start-up benchmark: time from `java -jar` to /actuator/health/readiness = UP, and resident memory after start.
# Cold = empty data directory (initdb, all Flyway migrations, demo data); warm = the same directory again.
#
#   bench/startup.sh [RUNS]        (default 5 of each; builds the jar first if it is missing)
#
# Prints one line per run and a summary (median, min, max) in the form docs/performance.md uses.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(ls target/helder-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  mvn -B -q package -DskipTests
  jar=$(ls target/helder-*.jar | grep -v plain | head -n 1)
fi
data=$(mktemp -d)
poort=18089
dbpoort=54339
trap 'rm -rf "$data"' EXIT

nakomelingen() { # all descendant process ids of $1
  local kind
  for kind in $(pgrep -P "$1" || true); do
    echo "$kind"
    nakomelingen "$kind"
  done
}

meet() { # $1 = label; prints "label seconds rss_jvm_mb rss_total_mb"
  local start eind pid rss_jvm rss_pg
  if curl -fs "http://localhost:$poort/actuator/health" >/dev/null 2>&1; then
    echo "poort $poort is al bezet; stop wat daar draait" >&2
    exit 1
  fi
  start=$(date +%s.%N)
  java -jar "$jar" --server.port=$poort --helder.database.data-directory="$data/pg" --helder.database.port=$dbpoort \
    >"$data/log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$poort/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    sleep 0.05
    if ! kill -0 $pid 2>/dev/null; then echo "start mislukt:"; tail -20 "$data/log"; exit 1; fi
  done
  eind=$(date +%s.%N)
  sleep 2
  rss_jvm=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
  # The embedded PostgreSQL daemonises (pg_ctl), so it is found by its data directory, with its backends below it.
  local postmaster
  postmaster=$(pgrep -f -- "-D $data/pg" | head -n 1 || true)
  rss_pg=0
  if [ -n "$postmaster" ]; then
    rss_pg=$(ps -o rss= -p "$(printf '%s\n' "$postmaster" $(nakomelingen "$postmaster") | paste -sd, -)" \
      | awk '{s+=$1} END {print int(s/1024)}' || true)
  fi
  kill $pid; wait $pid 2>/dev/null || true
  printf '%s %.2f %d %d\n' "$1" "$(echo "$eind - $start" | bc)" "$rss_jvm" "$((rss_jvm + rss_pg))"
}

resultaten=$(mktemp)
for i in $(seq 1 "$runs"); do
  rm -rf "$data/pg"
  meet koud | tee -a "$resultaten"
  meet warm | tee -a "$resultaten"
done

samenvatting() { # $1 label, $2 column
  grep "^$1 " "$resultaten" | awk -v k="$2" '{print $k}' | sort -n | awk '
    { v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      printf "median %s, min %s, max %s (n=%d)", m, v[1], v[NR], NR }'
}
echo
echo "koude start tot readiness (s):  $(samenvatting koud 2)"
echo "warme start tot readiness (s):  $(samenvatting warm 2)"
echo "RSS JVM na warme start (MiB):   $(samenvatting warm 3)"
echo "RSS JVM + PostgreSQL (MiB):     $(samenvatting warm 4)"
