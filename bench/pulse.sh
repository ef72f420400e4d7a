#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Speed of the pulse reports (issue 6): 50,000 respondents, 15 items, 12 waves (9 million item answers). The
# organisation dashboard with suppression must render in under 1 s, a team leader's view in under 200 ms; both are
# compared with the plain SQL aggregate per team without suppression on the same data.
#
#   bench/pulse.sh        (about 3 minutes)
#
# Needs JDK 17, Maven and curl. Starts Helder (demo data) on HELDER_POORT with its own embedded PostgreSQL (port
# DB_POORT, data in target/bench-pulse-db, emptied first), adds 2,000 teams in 100 departments and GOLVEN closed waves
# of RESPONDENTEN answers each to GM9001 (bench/PulseGegevens.java, generated in SQL), moves the demo team leader into
# one of those teams, and times HERHALINGEN loads of the newest wave's page after OPWARMEN warm-up loads, as HR (the
# whole organisation: 2,100 cells, suppression per subscale) and as the team leader, and the trend page over all
# GOLVEN waves (HR). Closed waves are read from their stored sums; with VERGELIJK=1 (default) the sums are then
# removed and the same three pages are timed again, summing the answers as before. The whole response is timed,
# server and transfer on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

HELDER_POORT=${HELDER_POORT:-18093}
DB_POORT=${DB_POORT:-54413}
RESPONDENTEN=${RESPONDENTEN:-50000}
GOLVEN=${GOLVEN:-12}
OPWARMEN=${OPWARMEN:-5}
HERHALINGEN=${HERHALINGEN:-21}

. bench/helder-starten.sh
start_helder pulse

jdbc="jdbc:postgresql://localhost:$DB_POORT/postgres"
begin=$(date +%s)
read -r golf teamnaam_a teamnaam_b < <(java -cp "$werk/ext/lib/*" bench/PulseGegevens.java vul "$jdbc" GM9001 \
  "$RESPONDENTEN" "$GOLVEN" teamleider@aalstede.demo 2> >(grep -v '^Note:' >&2))
teamnaam="$teamnaam_a $teamnaam_b"
echo "gegevens: $GOLVEN golven van $RESPONDENTEN antwoorden ($((GOLVEN * RESPONDENTEN * 15)) itemantwoorden) in $(( $(date +%s) - begin )) s"

inloggen() {
  local koekjes=$1 wie=$2 csrf
  rm -f "$koekjes"
  csrf=$(curl -fs -c "$koekjes" -b "$koekjes" "$basis/inloggen" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed -n '1s/.*value="//;1s/"$//;1p')
  curl -fs -o /dev/null -c "$koekjes" -b "$koekjes" --data-urlencode "gebruikersnaam=$wie" \
    --data-urlencode "wachtwoord=Demo-wachtwoord-2026" --data-urlencode "_csrf=$csrf" "$basis/inloggen"
}

meet() {
  local naam=$1 koekjes=$2 pad=${3:-/pulse/golven/$golf} bestand="$werk/pulse-tijden-$1.txt"
  for _ in $(seq 1 "$OPWARMEN"); do curl -fs -b "$koekjes" -o /dev/null "$basis$pad"; done
  : >"$bestand"
  for _ in $(seq 1 "$HERHALINGEN"); do
    curl -fs -b "$koekjes" -o /dev/null -w '%{time_total}\n' "$basis$pad" >>"$bestand"
  done
  sort -n "$bestand" | awk -v n="$HERHALINGEN" -v naam="$naam" -v load="$(awk '{print $1}' /proc/loadavg)" '
    { t[NR] = $1 * 1000 }
    END {
      mediaan = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
      printf "%s: mediaan %.0f ms, min %.0f ms, p90 %.0f ms, max %.0f ms (n = %d, load %s)\n",
        naam, mediaan, t[1], t[int(n * 0.9 + 0.5)], t[n], n, load
      print mediaan > "/dev/stderr"
    }' 2>"$werk/pulse-mediaan-$naam.txt"
}

inloggen "$werk/koekjes-pulse-hr.txt" hr@aalstede.demo
inloggen "$werk/koekjes-pulse-tl.txt" teamleider@aalstede.demo

curl -fs -b "$werk/koekjes-pulse-hr.txt" -o "$werk/pulse-hr.html" "$basis/pulse/golven/$golf"
grep -q "Benchteam 099-19" "$werk/pulse-hr.html" || { echo "het dashboard toont de teams niet" >&2; exit 1; }
echo "dashboard: $(grep -c 'Benchteam' "$werk/pulse-hr.html") teamregels, $(grep -c '>verborgen<' "$werk/pulse-hr.html") verborgen cellen, $(( $(wc -c <"$werk/pulse-hr.html") / 1024 )) kB HTML"
curl -fs -b "$werk/koekjes-pulse-tl.txt" -o "$werk/pulse-tl.html" "$basis/pulse/golven/$golf"
grep -q "eigen-team" "$werk/pulse-tl.html" || { echo "de teamleider ziet geen teamdeel" >&2; exit 1; }
if grep -q "Benchteam 000-01" "$werk/pulse-tl.html"; then echo "de teamleider ziet een ander team" >&2; exit 1; fi

curl -fs -b "$werk/koekjes-pulse-hr.txt" -o "$werk/pulse-verloop.html" "$basis/pulse/verloop"
[ "$(grep -c '<svg' "$werk/pulse-verloop.html")" -ge 5 ] || { echo "het verloop toont geen grafieken" >&2; exit 1; }

# Closed waves are read from their stored sums (written at closing); then the same pages once more after removing
# the sums, so the reports sum the 50,000 answers per wave again: before and after, in one run, under the same load.
meet dashboard "$werk/koekjes-pulse-hr.txt"
meet teamleider "$werk/koekjes-pulse-tl.txt"
meet verloop "$werk/koekjes-pulse-hr.txt" /pulse/verloop
if [ "${VERGELIJK:-1}" = 1 ]; then
  java -cp "$werk/ext/lib/*" bench/PulseGegevens.java wis-sommen "$jdbc" 2> >(grep -v '^Note:' >&2)
  meet dashboard-zonder-sommen "$werk/koekjes-pulse-hr.txt"
  meet teamleider-zonder-sommen "$werk/koekjes-pulse-tl.txt"
  meet verloop-zonder-sommen "$werk/koekjes-pulse-hr.txt" /pulse/verloop
fi
read -r sql_mediaan sql_min sql_max < <(java -cp "$werk/ext/lib/*" bench/PulseGegevens.java sql "$jdbc" "$golf" "$HERHALINGEN" 2> >(grep -v '^Note:' >&2))
echo "kale SQL-aggregatie per team (zonder onderdrukking, JDBC): mediaan $sql_mediaan ms, min $sql_min ms, max $sql_max ms"
awk -v d="$(cat "$werk/pulse-mediaan-dashboard.txt")" -v t="$(cat "$werk/pulse-mediaan-teamleider.txt")" -v s="$sql_mediaan" \
  'BEGIN { printf "verhouding tot kale SQL: dashboard %.1fx, teamleider %.1fx\n", d / s, t / s }'
