#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Restores a backup made by scripts/backup.sh into an EMPTY database (create it first, e.g. `createdb helder`).
#
#   scripts/restore.sh FILE DATABASE-URL
#
# Restore into an empty database and point Helder at it; Flyway then sees the schema is up to date.
# The audit log comes back complete: its append-only triggers are part of the backup.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "Gebruik: scripts/restore.sh BESTAND DATABASE-URL / Usage: scripts/restore.sh FILE DATABASE-URL" >&2
  exit 2
fi
pg_restore=$(command -v pg_restore || ls /usr/lib/postgresql/*/bin/pg_restore 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_restore" ]; then
  echo "pg_restore niet gevonden: installeer de PostgreSQL-client / pg_restore not found" >&2
  exit 2
fi
"$pg_restore" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$2" "$1"
echo "Back-up teruggezet in $2"
