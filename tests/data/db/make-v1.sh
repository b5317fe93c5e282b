#!/bin/sh
# Remakes v1.sqlite: the schema exactly as migration 0001 creates it, the
# sample data of v1-data.sql, and the version and journal mode the app sets.
# Run once when the fixture was made; a released fixture is never remade
# (migration 0001 must not change either).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out="$here/v1.sqlite"
rm -f "$out"
sqlite3 "$out" <"$root/resources/sql/migrations/0001_initial.sql"
sqlite3 "$out" <"$here/v1-data.sql"
sqlite3 "$out" "PRAGMA user_version = 1; PRAGMA journal_mode = WAL;" >/dev/null
sqlite3 "$out" "PRAGMA integrity_check;"
