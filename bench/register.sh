#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Register speed benchmark: the public list and detail endpoints under wrk, beside the same JSON served as static
# files by nginx on the same machine, and the import of a 1,000-row xlsx (dry run and commit).
#
#   bench/register.sh            (about 12 minutes, plus waiting for a quiet machine; see RUST_* below)
#
# Needs JDK 17, Maven, curl, wrk and nginx (Debian: apt-get install wrk nginx). Builds the jar when it is missing.
# What it does:
#   1. starts Helder (demo profile) on port HELDER_POORT with its own embedded PostgreSQL (port DB_POORT, data in
#      target/bench-db, emptied first) and a fresh HELDER_BEHEER_TOKEN;
#   2. creates GEMEENTEN municipalities through the API and writes TOEPASSINGEN published toepassingen straight into
#      PostgreSQL as the app would after create, review and publish (bench/BenchGegevens.java);
#   3. fetches every list and every detail from the public API into target/bench/nginx/www, checks the counts against
#      the database, checks the public page and its search for a sample, and starts nginx on NGINX_POORT;
#   4. waits until the 1-minute load is below RUST_LOAD (at most RUST_MAX_S seconds, polling each minute), then runs
#      wrk (WRK_DRADEN threads, WRK_VERBINDINGEN connections): one warm-up per target, then HERHALINGEN rounds of
#      WRK_DUUR each, Helder and nginx interleaved so background noise hits both alike, rotating over all
#      municipalities (list) or all records (detail) with bench/rotatie.lua;
#   5. times IMPORT_HERHALINGEN imports of an IMPORT_RIJEN-row xlsx, each into another municipality (dry run, then
#      commit), as a register-beheerder with a personal API token made through the profile page;
#   6. prints median, min and max per measurement (also in target/bench/resultaten.txt) and stops what it started.
# Environment variables below override the defaults, e.g. WRK_DUUR=5s HERHALINGEN=1 RUST_MAX_S=0 for a quick try.
set -euo pipefail
cd "$(dirname "$0")/.."

HELDER_POORT=${HELDER_POORT:-18080}
DB_POORT=${DB_POORT:-54400}
NGINX_POORT=${NGINX_POORT:-18081}
GEMEENTEN=${GEMEENTEN:-342}
TOEPASSINGEN=${TOEPASSINGEN:-10000}
WRK_DRADEN=${WRK_DRADEN:-2}
WRK_VERBINDINGEN=${WRK_VERBINDINGEN:-16}
WRK_DUUR=${WRK_DUUR:-20s}
WRK_OPWARMEN=${WRK_OPWARMEN:-20s}
HERHALINGEN=${HERHALINGEN:-5}
IMPORT_RIJEN=${IMPORT_RIJEN:-1000}
IMPORT_HERHALINGEN=${IMPORT_HERHALINGEN:-5}
RUST_LOAD=${RUST_LOAD:-1.0}
RUST_MAX_S=${RUST_MAX_S:-1200}

for nodig in java curl wrk nginx awk; do
  command -v "$nodig" >/dev/null || { echo "$nodig ontbreekt (Debian: apt-get install -y wrk nginx curl)" >&2; exit 1; }
done

werk=target/bench
www=$werk/nginx/www
mkdir -p "$werk"
resultaten=$werk/resultaten.txt
: >"$resultaten"
app_pid=
nginx_klaar=

opruimen() {
  if [ -n "$nginx_klaar" ] && [ -f "$werk/nginx/nginx.pid" ]; then
    kill "$(cat "$werk/nginx/nginx.pid")" 2>/dev/null || true
  fi
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
}
trap opruimen EXIT

stap() { printf '\n== %s (%s)\n' "$*" "$(date +%H:%M:%S)"; }
load1() { awk '{print $1}' /proc/loadavg; }

# ---------------------------------------------------------------- 1. build and start
jar=${JAR:-$(ls target/helder-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
if [ -z "$jar" ]; then
  stap "jar bouwen"
  mvn -B -o -q -DskipTests package || mvn -B -q -DskipTests package
  jar=$(ls target/helder-*.jar | grep -v plain | head -n 1)
fi
# The data generator runs against the jar's own libraries (PostgreSQL driver, Jackson, POI).
if [ ! -d "$werk/ext/lib" ] || [ "$jar" -nt "$werk/ext/lib" ]; then
  rm -rf "$werk/ext"
  java -Djarmode=tools -jar "$jar" extract --destination "$werk/ext" >/dev/null
  touch "$werk/ext/lib"
fi
gegevens() { java -cp "$werk/ext/lib/*" bench/BenchGegevens.java "$@" 2> >(grep -v '^Note:' >&2); }

if curl -fs "http://127.0.0.1:$HELDER_POORT/actuator/health" >/dev/null 2>&1; then
  echo "poort $HELDER_POORT is al bezet; stop wat daar draait of kies HELDER_POORT" >&2
  exit 1
fi
stap "Helder starten op poort $HELDER_POORT (database op poort $DB_POORT, leeg)"
rm -rf target/bench-db
beheertoken="hld_bench$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
# GC pauses in a log of their own: they are the first suspect for a long latency tail.
HELDER_BEHEER_TOKEN=$beheertoken java -Xlog:gc:file="$werk/gc.log" -jar "$jar" --server.port="$HELDER_POORT" \
  --helder.database.data-directory=target/bench-db --helder.database.port="$DB_POORT" >"$werk/helder.log" 2>&1 &
app_pid=$!
basis="http://127.0.0.1:$HELDER_POORT"
for _ in $(seq 1 360); do
  [[ "$(curl -fs "$basis/actuator/health/readiness" 2>/dev/null)" == *UP* ]] && break
  kill -0 "$app_pid" 2>/dev/null || { echo "Helder startte niet:"; tail -30 "$werk/helder.log"; exit 1; }
  sleep 0.5
done
[[ "$(curl -fs "$basis/actuator/health/readiness")" == *UP* ]] || { echo "Helder niet klaar na 180 s"; exit 1; }
jdbc="jdbc:postgresql://localhost:$DB_POORT/postgres"

# ---------------------------------------------------------------- 2. data
stap "$GEMEENTEN gemeenten aanmaken via de API"
voor=(Aal Beek Berg Dal Eem Hoog Laag Oost West Noord Zuid Zand Veen Wold Mark Lin Geld Ter)
na=(stede dal dorp veen wijk horst broek hoven land meer rode zijl werf dam burg lo gracht oord haven)
gemeentecodes=()
for i in $(seq 0 $((GEMEENTEN - 1))); do
  code=$(printf 'GM%04d' $((5001 + i)))
  naam="Benchgemeente ${voor[$((i % ${#voor[@]}))]}${na[$((i / ${#voor[@]} % ${#na[@]}))]}"
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $beheertoken" \
    -H 'Content-Type: application/json' \
    -d "{\"code\":\"$code\",\"soort\":\"GEMEENTE\",\"naam\":\"$naam\",\"inwoners\":$(( (i * 7919) % 250000 + 900 ))}" \
    "$basis/api/v1/organisaties")
  [ "$status" = 201 ] || { echo "gemeente $code: HTTP $status" >&2; exit 1; }
  gemeentecodes+=("$code")
done

stap "$TOEPASSINGEN gepubliceerde toepassingen schrijven"
gegevens register "$jdbc" "$TOEPASSINGEN" "$werk"

# ---------------------------------------------------------------- 3. static copy, checks, nginx
stap "alle lijsten en details ophalen voor nginx"
rm -rf "$www"
mkdir -p "$www"
{
  while read -r pad; do printf 'url = "%s%s"\noutput = "%s%s/index.json"\n' "$basis" "$pad" "$www" "$pad"; done <"$werk/paden-lijst.txt"
  while read -r pad; do printf 'url = "%s%s"\noutput = "%s%s"\n' "$basis" "$pad" "$www" "$pad"; done <"$werk/paden-detail.txt"
} >"$werk/ophalen.curl"
curl -s --no-progress-meter --parallel --parallel-max 4 --create-dirs --max-time 60 -w '%{http_code}\n' -K "$werk/ophalen.curl" \
  >"$werk/ophalen.status"
verwacht=$(( $(wc -l <"$werk/paden-lijst.txt") + $(wc -l <"$werk/paden-detail.txt") ))
goed=$(grep -c '^200$' "$werk/ophalen.status" || true)
[ "$goed" = "$verwacht" ] || { echo "ophalen: $goed van $verwacht met 200" >&2; exit 1; }
echo "$goed antwoorden met 200"
echo "jar: $jar"

stap "controle: aantallen en details"
gegevens controleer "$jdbc" "$www"
steekproef=${gemeentecodes[$((GEMEENTEN / 2))]}
naam=$(grep -o '"name":"[^"]*"' "$www/api/v1/openbaar/organisaties/$steekproef/toepassingen/index.json" | sed -n 1p | cut -d'"' -f4)
zoekterm=$(echo "$naam" | awk '{print $(NF-1), $NF}')
pagina=$(curl -fsS --max-time 30 "$basis/register/$steekproef")
[[ "$pagina" == *"$naam"* ]] || { echo "openbare pagina $steekproef mist '$naam'" >&2; exit 1; }
pagina=$(curl -fsS --max-time 30 -G "$basis/register/$steekproef" --data-urlencode "zoek=$zoekterm")
[[ "$pagina" == *"$naam"* ]] \
  || { echo "zoeken op '$zoekterm' in $steekproef vindt '$naam' niet" >&2; exit 1; }
echo "openbare pagina en zoeken ('$zoekterm') in $steekproef vinden '$naam'"

stap "nginx starten op poort $NGINX_POORT"
mkdir -p "$werk/nginx/tmp"
ngx=$(cd "$werk/nginx" && pwd)
gebruiker=
[ "$(id -u)" = 0 ] && gebruiker="user $(id -un) $(id -gn);"
cat >"$ngx/nginx.conf" <<EOF
# Written by bench/register.sh: the public API's answers as static files, the same paths and the same bytes.
$gebruiker
worker_processes auto;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { }
  default_type application/json;
  client_body_temp_path $ngx/tmp/body;
  proxy_temp_path $ngx/tmp/proxy;
  fastcgi_temp_path $ngx/tmp/fastcgi;
  uwsgi_temp_path $ngx/tmp/uwsgi;
  scgi_temp_path $ngx/tmp/scgi;
  server {
    listen 127.0.0.1:$NGINX_POORT;
    root $ngx/www;
    location / { try_files \$uri \$uri/index.json =404; }
  }
}
EOF
nginx -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log"
nginx_klaar=1
statisch="http://127.0.0.1:$NGINX_POORT"
for _ in $(seq 1 50); do curl -fs -o /dev/null "$statisch$(head -n 1 "$werk/paden-lijst.txt")" && break; sleep 0.1; done
for pad in "$(head -n 1 "$werk/paden-lijst.txt")" "$(head -n 1 "$werk/paden-detail.txt")"; do
  cmp -s <(curl -fs "$basis$pad") <(curl -fs "$statisch$pad") || { echo "nginx geeft andere bytes voor $pad" >&2; exit 1; }
done
echo "nginx geeft dezelfde bytes als Helder; lijst $(curl -fs "$statisch$(head -n 1 "$werk/paden-lijst.txt")" | wc -c) bytes," \
  "detail $(curl -fs "$statisch$(head -n 1 "$werk/paden-detail.txt")" | wc -c) bytes"

# ---------------------------------------------------------------- 4. wrk
stap "wachten op een rustige machine (1-minuut-load onder $RUST_LOAD, hoogstens $RUST_MAX_S s)"
gewacht=0
while awk -v l="$(load1)" -v m="$RUST_LOAD" 'BEGIN { exit !(l >= m) }' && [ "$gewacht" -lt "$RUST_MAX_S" ]; do
  echo "load $(load1), wacht 60 s"
  sleep 60
  gewacht=$((gewacht + 60))
done
load_begin=$(load1)
echo "load bij het begin van de metingen: $load_begin (na $gewacht s wachten)"

# CPU time (user + system, in clock ticks) of the server's processes: with other work on the machine, req/s and
# latency move with it, while CPU time per request hardly does.
processen() { # $1 doel
  local hoofd
  if [ "$1" = nginx ]; then
    hoofd=$(cat "$werk/nginx/nginx.pid")
    echo "$hoofd" $(pgrep -P "$hoofd")
  else
    hoofd=$(pgrep -f -- "-D $PWD/target/bench-db" | sed -n 1p || true)
    echo "$app_pid" ${hoofd:+$hoofd $(pgrep -P "$hoofd")}
  fi
}
cpu_ticks() { # pids; the second field (the command name) of these processes has no spaces
  local totaal=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && totaal=$((totaal + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$totaal"
}
tikken_per_s=$(getconf CLK_TCK)

# One wrk run; appends "doel eindpunt req/s p50_ms p99_ms cpu_ms_per_request" to $resultaten unless it is a warm-up.
meet() { # $1 doel (helder|nginx) $2 eindpunt (lijst|detail) $3 duur $4 opwarmen?
  local url=$basis uit pids voor na
  [ "$1" = nginx ] && url=$statisch
  pids=$(processen "$1")
  voor=$(cpu_ticks $pids)
  uit=$(wrk -t"$WRK_DRADEN" -c"$WRK_VERBINDINGEN" -d"$3" --latency -s bench/rotatie.lua "$url" -- "$werk/paden-$2.txt")
  na=$(cpu_ticks $pids)
  # A wrong answer or a broken connection makes the run worthless; a time-out (no answer within wrk's 2 s) is a
  # result: it is counted, and left out of wrk's latency percentiles, so it is reported beside them.
  if grep -qE 'Non-2xx|Socket errors: connect [1-9]|read [1-9]|write [1-9]' <<<"$uit"; then
    echo "$1 $2: fouten tijdens de meting:" >&2
    echo "$uit" >&2
    exit 1
  fi
  awk -v doel="$1" -v ep="$2" -v warm="${4:-}" -v tikken=$((na - voor)) -v hz="$tikken_per_s" '
    function ms(w) { if (w ~ /us$/) return w / 1000; if (w ~ /ms$/) return w + 0; if (w ~ /s$/) return w * 1000; return w }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    / requests in / { n = $1 } /Socket errors/ { t = $NF }
    END { cpu = tikken * 1000 / hz / n;
          printf "%s %s %.0f req/s, p50 %.2f ms, p99 %.2f ms, %.3f CPU-ms per verzoek, %d time-outs%s\n", doel, ep, rps,
            p50, p99, cpu, t, warm ? " (opwarmen)" : "";
          if (!warm) printf "%s %s %.1f %.3f %.3f %.4f %d\n", doel, ep, rps, p50, p99, cpu, t >> "'"$resultaten"'" }' <<<"$uit"
}

stap "wrk: opwarmen"
for ep in lijst detail; do
  meet helder "$ep" "$WRK_OPWARMEN" ja
  meet nginx "$ep" 10s ja
done
for ronde in $(seq 1 "$HERHALINGEN"); do
  stap "wrk: ronde $ronde van $HERHALINGEN (load $(load1))"
  for ep in lijst detail; do
    meet helder "$ep" "$WRK_DUUR"
    meet nginx "$ep" "$WRK_DUUR"
  done
done
load_eind=$(load1)

# ---------------------------------------------------------------- 5. import
stap "import: $IMPORT_RIJEN rijen xlsx, $IMPORT_HERHALINGEN keer (elk in een andere gemeente)"
gegevens xlsx "$werk/import.xlsx" "$IMPORT_RIJEN"
wachtwoord="Bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
token_van() { # $1 user name: logs in on the login page and makes a personal API token on the profile page
  local koekjes=$werk/koekjes.txt csrf
  rm -f "$koekjes"
  csrf=$(curl -fs -c "$koekjes" -b "$koekjes" "$basis/inloggen" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed -n '1s/.*value="//;1s/"$//;1p')
  curl -fs -o /dev/null -c "$koekjes" -b "$koekjes" --data-urlencode "gebruikersnaam=$1" \
    --data-urlencode "wachtwoord=$wachtwoord" --data-urlencode "_csrf=$csrf" "$basis/inloggen"
  csrf=$(curl -fs -c "$koekjes" -b "$koekjes" "$basis/profiel" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed -n '1s/.*value="//;1s/"$//;1p')
  curl -fs -L -c "$koekjes" -b "$koekjes" --data-urlencode "naam=bench" --data-urlencode "geldigDagen=1" \
    --data-urlencode "_csrf=$csrf" "$basis/profiel/tokens" | grep -o 'hld_[A-Za-z0-9_-]*' | sed -n 1p
}
for ronde in $(seq 1 "$IMPORT_HERHALINGEN"); do
  code=${gemeentecodes[$((GEMEENTEN - ronde))]}
  gebruiker="import-$(echo "$code" | tr 'A-Z' 'a-z')@bench.example"
  status=$(curl -s -o "$werk/gebruiker.json" -w '%{http_code}' -H "Authorization: Bearer $beheertoken" \
    -H 'Content-Type: application/json' \
    -d "{\"gebruikersnaam\":\"$gebruiker\",\"naam\":\"Registerbeheerder $code\",\"rollen\":[\"register-beheerder\"],\"wachtwoord\":\"$wachtwoord\"}" \
    "$basis/api/v1/organisaties/$code/gebruikers")
  [ "$status" = 201 ] || { echo "gebruiker $gebruiker: HTTP $status $(cat "$werk/gebruiker.json")" >&2; exit 1; }
  token=$(token_van "$gebruiker")
  [ -n "$token" ] || { echo "geen API-token voor $gebruiker" >&2; exit 1; }
  for proef in true false; do
    tijd=$(curl -s -o "$werk/import.json" -w '%{http_code} %{time_total}' --max-time 300 \
      -H "Authorization: Bearer $token" -F "bestand=@$werk/import.xlsx" \
      "$basis/api/v1/organisaties/$code/toepassingen/import?proef=$proef")
    if [ "${tijd%% *}" != 200 ] || ! grep -q "\"nieuw\":$IMPORT_RIJEN," "$werk/import.json"; then
      echo "import $code proef=$proef: $tijd $(head -c 500 "$werk/import.json")" >&2
      exit 1
    fi
    soort=proef
    [ "$proef" = false ] && soort=opslaan
    echo "import $soort in $code: ${tijd#* } s"
    echo "import $soort ${tijd#* }" >>"$resultaten"
  done
done
if [ "$IMPORT_HERHALINGEN" -gt 0 ]; then
  # The committed rows are really there: the municipality's own list (a register-beheerder may read it) has them all.
  aantal=$(curl -fs -H "Authorization: Bearer $token" "$basis/api/v1/organisaties/$code/toepassingen" | grep -o '"werkstatus"' | wc -l)
  echo "$code heeft na de import $aantal toepassingen (verwacht $IMPORT_RIJEN plus de gepubliceerde)"
fi

# ---------------------------------------------------------------- 6. summary
stap "samenvatting"
samenvatting() { # $1 doel $2 eindpunt $3 column; prints "median min max n"
  awk -v d="$1" -v e="$2" -v k="$3" '$1 == d && $2 == e { print $k }' "$resultaten" | sort -g | awk '
    { v[NR] = $1 } END { if (NR == 0) exit; m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      printf "%s %s %s %d", m, v[1], v[NR], NR }'
}
{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(java -version 2>&1 | sed -n 1p);" \
    "$(nginx -v 2>&1); $(wrk -v 2>&1 | awk 'NR == 1' | awk '{print $1, $2}')"
  echo "wrk: $WRK_DRADEN threads, $WRK_VERBINDINGEN verbindingen, $WRK_DUUR per meting, $HERHALINGEN herhalingen;" \
    "load 1 min bij begin $load_begin, bij einde $load_eind"
  printf '%-22s %10s %10s %10s %3s\n' "meting" "mediaan" "min" "max" "n"
  for ep in lijst detail; do
    for doel in helder nginx; do
      read -r m lo hi n <<<"$(samenvatting "$doel" "$ep" 3)"
      printf '%-22s %10s %10s %10s %3s\n' "$doel $ep req/s" "$m" "$lo" "$hi" "$n"
      read -r m lo hi n <<<"$(samenvatting "$doel" "$ep" 4)"
      printf '%-22s %10s %10s %10s %3s\n' "$doel $ep p50 ms" "$m" "$lo" "$hi" "$n"
      read -r m lo hi n <<<"$(samenvatting "$doel" "$ep" 5)"
      printf '%-22s %10s %10s %10s %3s\n' "$doel $ep p99 ms" "$m" "$lo" "$hi" "$n"
      read -r m lo hi n <<<"$(samenvatting "$doel" "$ep" 6)"
      printf '%-22s %10s %10s %10s %3s\n' "$doel $ep CPU-ms/verz" "$m" "$lo" "$hi" "$n"
      read -r m lo hi n <<<"$(samenvatting "$doel" "$ep" 7)"
      printf '%-22s %10s %10s %10s %3s\n' "$doel $ep time-outs" "$m" "$lo" "$hi" "$n"
    done
    h=$(samenvatting helder "$ep" 3 | cut -d' ' -f1)
    s=$(samenvatting nginx "$ep" 3 | cut -d' ' -f1)
    awk -v h="$h" -v s="$s" -v e="$ep" 'BEGIN { printf "verhouding %s Helder/nginx (mediaan req/s): %.3f\n", e, h / s }'
  done
  for soort in proef opslaan; do
    [ "$IMPORT_HERHALINGEN" -gt 0 ] || break
    read -r m lo hi n <<<"$(awk -v s="$soort" '$1 == "import" && $2 == s { print $3 }' "$resultaten" | sort -g | awk '
      { v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s %s %s %d", m, v[1], v[NR], NR }')"
    printf '%-22s %10s %10s %10s %3s\n' "import $soort s" "$m" "$lo" "$hi" "$n"
  done
} | tee "$werk/samenvatting.txt"
