# SPDX-License-Identifier: EUPL-1.2
# Shared by the page benchmarks (source it after `cd` to the project root and after setting HELDER_POORT and
# DB_POORT): builds the jar when there is none, unpacks its libraries for the data generators, starts Helder with demo
# data and its own embedded PostgreSQL, waits until it is ready, and stops it when the script ends.

werk=target/bench
mkdir -p "$werk"
app_pid=
opruimen() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
}
trap opruimen EXIT

# The jar (JAR, or the one in target/, built when missing) and its libraries in $werk/ext/lib: the data generators
# run against the jar's own PostgreSQL driver and Jackson.
jar=${JAR:-$(ls target/helder-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
if [ -z "$jar" ]; then
  mvn -B -o -q -DskipTests package || mvn -B -q -DskipTests package
  jar=$(ls target/helder-*.jar | grep -v plain | head -n 1)
fi
if [ ! -d "$werk/ext/lib" ] || [ "$jar" -nt "$werk/ext/lib" ]; then
  rm -rf "$werk/ext"
  java -Djarmode=tools -jar "$jar" extract --destination "$werk/ext" >/dev/null
  touch "$werk/ext/lib"
fi

# start_helder NAAM: Helder on HELDER_POORT with an emptied database in target/bench-NAAM-db (port DB_POORT), log in
# $werk/helder-NAAM.log; sets basis. Other benchmarks may run on this machine at the same time: a port in use would
# measure someone else's server, so that stops the script.
start_helder() {
  local naam=$1 poort
  for poort in "$HELDER_POORT" "$DB_POORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$poort") 2>/dev/null; then
      echo "poort $poort is al in gebruik; kies een andere met HELDER_POORT of DB_POORT" >&2
      exit 1
    fi
  done
  rm -rf "target/bench-$naam-db"
  java -jar "$jar" --server.port="$HELDER_POORT" --helder.database.data-directory="target/bench-$naam-db" \
    --helder.database.port="$DB_POORT" >"$werk/helder-$naam.log" 2>&1 &
  app_pid=$!
  basis="http://127.0.0.1:$HELDER_POORT"
  for _ in $(seq 1 360); do
    [[ "$(curl -fs "$basis/actuator/health/readiness" 2>/dev/null)" == *UP* ]] && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "Helder startte niet:"; tail -30 "$werk/helder-$naam.log"; exit 1; }
    sleep 0.5
  done
  echo "Helder niet klaar na 180 s" >&2
  exit 1
}
