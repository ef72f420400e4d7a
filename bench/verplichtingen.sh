#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Speed of the AI Act overview (/ai-verordening) for a municipality with many classified toepassingen: issue 4 asks
# for 1,000 toepassingen with 20 tasks each, rendered in under 200 ms.
#
#   bench/verplichtingen.sh        (about 2 minutes)
#
# Needs JDK 17, Maven and curl. Starts Helder (demo data) on HELDER_POORT with its own embedded PostgreSQL (port
# DB_POORT, data in target/bench-vp-db, emptied first), writes TOEPASSINGEN toepassingen into the demo municipality
# GM9001, each classified (about 25 requirements) with a recorded task on 20 of them (bench/BenchGegevens.java), logs
# in as the demo AI coordinator, checks that the page lists them, and times HERHALINGEN page loads after OPWARMEN
# warm-up loads: the whole response, server and transfer on loopback, as a browser would wait for it.
set -euo pipefail
cd "$(dirname "$0")/.."

HELDER_POORT=${HELDER_POORT:-18090}
DB_POORT=${DB_POORT:-54410}
TOEPASSINGEN=${TOEPASSINGEN:-1000}
OPWARMEN=${OPWARMEN:-10}
HERHALINGEN=${HERHALINGEN:-30}

. bench/helder-starten.sh
start_helder vp

java -cp "$werk/ext/lib/*" bench/BenchGegevens.java verplichtingen "jdbc:postgresql://localhost:$DB_POORT/postgres" \
  "$TOEPASSINGEN" GM9001 2> >(grep -v '^Note:' >&2)

koekjes=$werk/koekjes-vp.txt
rm -f "$koekjes"
csrf=$(curl -fs -c "$koekjes" -b "$koekjes" "$basis/inloggen" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed -n '1s/.*value="//;1s/"$//;1p')
curl -fs -o /dev/null -c "$koekjes" -b "$koekjes" --data-urlencode "gebruikersnaam=ai-coordinator@aalstede.demo" \
  --data-urlencode "wachtwoord=Demo-wachtwoord-2026" --data-urlencode "_csrf=$csrf" "$basis/inloggen"

curl -fs -b "$koekjes" -o "$werk/verplichtingen.html" "$basis/ai-verordening"
# The counts per urgency cover every open requirement (at least 10 of the 20 recorded tasks per toepassing are still
# open or in progress); each group shows its 50 most urgent rows.
totaal=$(grep -o '<strong>[0-9]*</strong>' "$werk/verplichtingen.html" | head -n 5 | awk -F'[<>]' '{ s += $3 } END { print s + 0 }')
[ "$totaal" -ge $((TOEPASSINGEN * 10)) ] || { echo "de pagina telt $totaal open vereisten; verwacht minstens $((TOEPASSINGEN * 10))" >&2; exit 1; }
echo "pagina: $totaal open vereisten geteld, $(grep -c 'ai-verordening/taken/' "$werk/verplichtingen.html") als regel, $(( $(wc -c <"$werk/verplichtingen.html") / 1024 )) kB HTML"

for _ in $(seq 1 "$OPWARMEN"); do curl -fs -b "$koekjes" -o /dev/null "$basis/ai-verordening"; done
: >"$werk/verplichtingen-tijden.txt"
for _ in $(seq 1 "$HERHALINGEN"); do
  curl -fs -b "$koekjes" -o /dev/null -w '%{time_total}\n' "$basis/ai-verordening" >>"$werk/verplichtingen-tijden.txt"
done
sort -n "$werk/verplichtingen-tijden.txt" | awk -v n="$HERHALINGEN" -v load="$(awk '{print $1}' /proc/loadavg)" '
  { t[NR] = $1 * 1000 }
  END {
    mediaan = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
    printf "overzicht /ai-verordening: mediaan %.0f ms, min %.0f ms, p90 %.0f ms, max %.0f ms (n = %d, load %s)\n",
      mediaan, t[1], t[int(n * 0.9 + 0.5)], t[n], n, load
  }'
