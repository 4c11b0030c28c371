#!/bin/sh
# sql/demo.sh: the demo appliance, run by `make demo`: builds a database from the fixtures and
# prints what an analyst would check first. The database stays in build/demo/ to be opened in
# sqlite3 or a desktop tool (DB Browser for SQLite, DBeaver, Datasette) with the extension loaded.
set -eu
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
EXT=${RENSHE_EXT:-dist/renshe}
DB=${RENSHE_DEMO_DB:-build/demo/renshe-demo.db}
mkdir -p "$(dirname "$DB")"
rm -f "$DB"
eval "$SQLITE3 -bail -cmd '.load $EXT' \"\$DB\"" < sql/demo.sql
echo
echo "The demo database is $DB. Open it with:"
echo "  sqlite3 -cmd '.load dist/renshe' $DB"
