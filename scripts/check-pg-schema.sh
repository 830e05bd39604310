#!/usr/bin/env bash
# Check that careward's PostgreSQL schema is its SQLite schema: table by table the same
# columns (names, order, type, NOT NULL, default), primary keys, UNIQUE constraints,
# foreign keys (and what a delete does to them), number of CHECKs, indexes (name,
# uniqueness, columns, partial or not) and the trail's triggers.
#
#   scripts/check-pg-schema.sh [--files] postgres://USER@HOST:PORT/MAINTENANCE_DB
#
# The URL names a database on a server where USER may CREATE DATABASE; the script makes
# a throwaway database beside it and drops it. SQLite's schema is a new store's, made by
# careward itself (its migrations run with their Rust steps). PostgreSQL's is made by
# careward too — or, with --files, by applying migrations/postgres/*.sql with psql (no
# triggers then: the store adds them, from src/store/trail.rs). Exit 0: the same; 1: the
# differences are printed (`-` SQLite, `+` PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."

files=false
if [[ "${1:-}" == --files ]]; then
  files=true
  shift
fi
url="${1:?usage: scripts/check-pg-schema.sh [--files] postgres://USER@HOST:PORT/DB}"
# the server's URL without its database (and without a query string)
base="${url%%\?*}"
base="${base%/*}"
db="careward_schema_check_$$"

work="$(mktemp -d)"
cleanup() {
  psql -q "$url" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

cargo build --quiet
bin="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/careward"
init() {
  "$bin" --db "$1" -q org init schema-check --name 'Schema check' --kind clinic \
    --policy group-practice --admin admin@example.org >/dev/null
}

init "$work/store.db"
psql -q -v ON_ERROR_STOP=1 "$url" -c "CREATE DATABASE $db" >/dev/null
if $files; then
  for f in migrations/postgres/0*.sql; do
    psql -q -v ON_ERROR_STOP=1 -1 "$base/$db" -f "$f" >/dev/null
  done
else
  init "$base/$db"
fi

# One line per fact, sorted. Types are PostgreSQL's names; SQLite's INTEGER PRIMARY KEY
# (never NULL) is NOT NULL.
sqlite3 "$work/store.db" >"$work/sqlite.txt" <<'SQL'
WITH t AS (SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%')
SELECT 'column ' || t.name || ' ' || printf('%02d', p.cid + 1) || ' ' || p.name || ' ' ||
       CASE upper(p.type) WHEN 'INTEGER' THEN 'bigint' WHEN 'TEXT' THEN 'text'
                          WHEN 'BLOB' THEN 'bytea' ELSE p.type END || ' ' ||
       CASE WHEN p."notnull" OR p.pk > 0 THEN 'not-null' ELSE 'null' END || ' ' ||
       'default=' || coalesce(p.dflt_value, '')
  FROM t, pragma_table_info(t.name) p
UNION ALL
SELECT 'primary-key ' || t.name || ' ' ||
       (SELECT group_concat(name, ',') FROM
          (SELECT name FROM pragma_table_info(t.name) WHERE pk > 0 ORDER BY pk))
  FROM t WHERE EXISTS (SELECT 1 FROM pragma_table_info(t.name) WHERE pk > 0)
UNION ALL
SELECT 'unique ' || t.name || ' ' ||
       (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno))
  FROM t, pragma_index_list(t.name) i WHERE i.origin = 'u'
UNION ALL
SELECT 'index ' || t.name || ' ' || i.name || ' ' ||
       CASE WHEN i."unique" THEN 'unique' ELSE 'plain' END || ' ' ||
       CASE WHEN i.partial THEN 'partial' ELSE 'full' END || ' ' ||
       (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno))
  FROM t, pragma_index_list(t.name) i WHERE i.origin = 'c'
UNION ALL
SELECT 'foreign-key ' || t.name || ' ' || f."from" || ' ' || f."table" || ' ' || f."to" || ' ' ||
       upper(f.on_delete)
  FROM t, pragma_foreign_key_list(t.name) f
UNION ALL
-- every CHECK in the table's definition (SQLite keeps no list of them)
SELECT 'checks ' || name || ' ' ||
       ((length(sql) - length(replace(sql, 'CHECK (', ''))) / length('CHECK ('))
  FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
UNION ALL
SELECT 'trigger ' || tbl_name || ' ' || name FROM sqlite_schema WHERE type = 'trigger';
SQL

psql -X -q -A -t -v ON_ERROR_STOP=1 "$base/$db" >"$work/postgres.txt" <<'SQL'
WITH t AS (SELECT c.oid, c.relname AS name FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname = current_schema()
              -- PostgreSQL's own: the store's identity (SQLite's is in its header)
              AND c.relname <> 'careward_store')
SELECT concat_ws(' ', 'column', c.table_name, lpad(c.ordinal_position::text, 2, '0'), c.column_name,
       c.data_type, CASE WHEN c.is_nullable = 'NO' THEN 'not-null' ELSE 'null' END,
       'default=' || coalesce(replace(c.column_default, '::text', ''), ''))
  FROM information_schema.columns c JOIN t ON t.name = c.table_name
 WHERE c.table_schema = current_schema()
   -- space_member's explicit rowid stands for SQLite's implicit one
   AND NOT (c.table_name = 'space_member' AND c.column_name = 'rowid')
UNION ALL
SELECT concat_ws(' ', CASE k.contype WHEN 'p' THEN 'primary-key' ELSE 'unique' END, t.name,
       (SELECT string_agg(a.attname, ',' ORDER BY u.i)
          FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.n))
  FROM t JOIN pg_constraint k ON k.conrelid = t.oid WHERE k.contype IN ('p', 'u')
UNION ALL
SELECT concat_ws(' ', 'index', t.name, ic.relname, CASE WHEN x.indisunique THEN 'unique' ELSE 'plain' END,
       CASE WHEN x.indpred IS NULL THEN 'full' ELSE 'partial' END,
       (SELECT string_agg(a.attname, ',' ORDER BY u.i)
          FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, i)
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.n
          -- SQLite's index on (org_id) holds its rows in rowid order: PostgreSQL's names
          -- the id to keep that order (migrations/postgres/0008_bulk_writes.sql)
         WHERE NOT (ic.relname = 'audit_by_org' AND a.attname = 'id')))
  FROM t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class ic ON ic.oid = x.indexrelid
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
UNION ALL
SELECT concat_ws(' ', 'foreign-key', t.name, a.attname, ft.relname, fa.attname,
       CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL'
                          WHEN 'r' THEN 'RESTRICT' WHEN 'd' THEN 'SET DEFAULT' END)
  FROM t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f'
  JOIN pg_class ft ON ft.oid = k.confrelid
  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1]
  JOIN pg_attribute fa ON fa.attrelid = k.confrelid AND fa.attnum = k.confkey[1]
UNION ALL
SELECT concat_ws(' ', 'checks', t.name,
       (SELECT count(*) FROM pg_constraint k WHERE k.conrelid = t.oid AND k.contype = 'c'))
  FROM t
UNION ALL
SELECT concat_ws(' ', 'trigger', t.name, g.tgname)
  FROM t JOIN pg_trigger g ON g.tgrelid = t.oid WHERE NOT g.tgisinternal;
SQL

if $files; then
  # the store adds the triggers after the migration files
  grep -v '^trigger ' "$work/sqlite.txt" >"$work/sqlite.cmp" || true
else
  cp "$work/sqlite.txt" "$work/sqlite.cmp"
fi
sort -o "$work/sqlite.cmp" "$work/sqlite.cmp"
sort -o "$work/postgres.txt" "$work/postgres.txt"
if diff -u --label sqlite --label postgres "$work/sqlite.cmp" "$work/postgres.txt"; then
  echo "the same schema: $(grep -c '^column ' "$work/postgres.txt") columns in $(grep -c '^checks ' "$work/postgres.txt") tables, $(grep -c '^index ' "$work/postgres.txt") indexes, $(grep -c '^foreign-key ' "$work/postgres.txt") foreign keys, $(grep -c '^trigger ' "$work/postgres.txt") triggers"
else
  exit 1
fi
