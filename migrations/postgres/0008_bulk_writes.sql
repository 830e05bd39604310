-- careward schema 8 on PostgreSQL: the twin of migrations/0008_bulk_writes.sql.
--
-- SQLite's rewrite of `CHECK (col IN (…))` as `CHECK (col = … OR …)` is about SQLite's
-- cost of an IN list on insert only: the constraints are the same, so PostgreSQL keeps
-- its IN lists.
--
-- The audit trail's index by organisation and time becomes one by organisation. SQLite's
-- index on (org_id) holds each key's rows in rowid (id) order, which `audit verify` and
-- `audit list` read without sorting; PostgreSQL's index names the id to keep that order.
DROP INDEX audit_by_org_time;
CREATE INDEX audit_by_org ON audit_event (org_id, id);
