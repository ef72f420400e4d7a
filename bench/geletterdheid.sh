#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Speed of the AI literacy coverage (/geletterdheid) for a large municipality: issue 5 asks for 5,000 employees,
# 200 teams, 40 trainings and 60,000 completion records, computed in under 300 ms.
#
#   bench/geletterdheid.sh        (about 2 minutes, plus building the jar when there is none)
#
# Needs JDK 17, Maven and curl. Starts Helder (demo data) on HELDER_POORT with its own embedded PostgreSQL (port
# DB_POORT, data in target/bench-gl-db, emptied first), replaces the AI literacy data of the demo municipality GM9001
# by the sizes above (bench/GeletterdheidGegevens.java), logs in as the demo HR user, checks that the page counts all
# employees, and times HERHALINGEN loads of the coverage page after OPWARMEN warm-up loads. That is the whole path a
# user waits for: reading roster, links, catalogue, completions and rules, the classification of each toepassing,
# the coverage computation, and rendering (the 200 most urgent gaps by name).
set -euo pipefail
cd "$(dirname "$0")/.."

HELDER_POORT=${HELDER_POORT:-18197}
DB_POORT=${DB_POORT:-54497}
MEDEWERKERS=${MEDEWERKERS:-5000}
TEAMS=${TEAMS:-200}
TRAININGEN=${TRAININGEN:-40}
AFRONDINGEN=${AFRONDINGEN:-60000}
OPWARMEN=${OPWARMEN:-10}
HERHALINGEN=${HERHALINGEN:-30}

. bench/helder-starten.sh
start_helder gl

java -cp "$werk/ext/lib/*" bench/GeletterdheidGegevens.java "jdbc:postgresql://localhost:$DB_POORT/postgres" GM9001 \
  "$MEDEWERKERS" "$TEAMS" "$TRAININGEN" "$AFRONDINGEN" 2> >(grep -v '^Note:' >&2)

koekjes=$werk/koekjes-gl.txt
rm -f "$koekjes"
csrf=$(curl -fs -c "$koekjes" -b "$koekjes" "$basis/inloggen" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed -n '1s/.*value="//;1s/"$//;1p')
curl -fs -o /dev/null -c "$koekjes" -b "$koekjes" --data-urlencode "gebruikersnaam=hr@aalstede.demo" \
  --data-urlencode "wachtwoord=Demo-wachtwoord-2026" --data-urlencode "_csrf=$csrf" "$basis/inloggen"

curl -fs -b "$koekjes" -o "$werk/geletterdheid.html" "$basis/geletterdheid"
aantal=$(grep -o '<dd>[0-9]*</dd>' "$werk/geletterdheid.html" | head -n 1 | tr -dc '0-9')
[ "$aantal" = "$MEDEWERKERS" ] || { echo "de pagina telt $aantal medewerkers; verwacht $MEDEWERKERS" >&2; exit 1; }
echo "pagina: $aantal medewerkers, $(grep -c 'geletterdheid/medewerkers/' "$werk/geletterdheid.html") gaten bij naam, $(( $(wc -c <"$werk/geletterdheid.html") / 1024 )) kB HTML"

for _ in $(seq 1 "$OPWARMEN"); do curl -fs -b "$koekjes" -o /dev/null "$basis/geletterdheid"; done
: >"$werk/geletterdheid-tijden.txt"
for _ in $(seq 1 "$HERHALINGEN"); do
  curl -fs -b "$koekjes" -o /dev/null -w '%{time_total}\n' "$basis/geletterdheid" >>"$werk/geletterdheid-tijden.txt"
done
sort -n "$werk/geletterdheid-tijden.txt" | awk -v n="$HERHALINGEN" -v load="$(awk '{print $1}' /proc/loadavg)" '
  { t[NR] = $1 * 1000 }
  END {
    mediaan = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
    printf "dekking /geletterdheid: mediaan %.0f ms, min %.0f ms, p90 %.0f ms, max %.0f ms (n = %d, load %s)\n",
      mediaan, t[1], t[int(n * 0.9 + 0.5)], t[n], n, load
  }'
