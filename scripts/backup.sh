#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Makes a backup of Helder's database with pg_dump (custom format, compressed, restorable with scripts/restore.sh).
#
#   scripts/backup.sh [DATABASE-URL] [FILE]
#
# DATABASE-URL is a libpq URL such as postgresql://helder@db.example.nl:5432/helder (password from ~/.pgpass or
# PGPASSWORD). Default: the demo database of `mvn spring-boot:run`, postgresql://postgres@localhost:54329/postgres.
# FILE defaults to helder-YYYYMMDD-HHMMSS.dump in the current folder.
set -euo pipefail
url=${1:-${HELDER_DB_URL:-postgresql://postgres@localhost:54329/postgres}}
bestand=${2:-helder-$(date -u +%Y%m%d-%H%M%S).dump}
pg_dump=$(command -v pg_dump || ls /usr/lib/postgresql/*/bin/pg_dump 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_dump" ]; then
  echo "pg_dump niet gevonden: installeer de PostgreSQL-client (apt-get install postgresql-client) / pg_dump not found" >&2
  exit 2
fi
"$pg_dump" --format=custom --no-owner --no-privileges --file="$bestand" "$url"
echo "Back-up gemaakt: $bestand"
