-- careward schema 8: cheaper bulk writes (issue 14).
--
-- Every `CHECK (col IN (…))` of the schema becomes `CHECK (col = … OR col = …)`, the
-- same constraint: SQLite builds a temporary b-tree for an IN list on every insert
-- that checks it, which was 6–17% of a bulk import. SQLite cannot alter a constraint
-- and rebuilding `member` would cascade to every table that refers to it, so the step
-- rewrites the tables' definitions in place, in Rust (src/store/mod.rs, CHECKS_SCHEMA).
--
-- The audit trail's index by organisation and time becomes one by organisation:
-- SQLite keeps an index's rows in rowid order for each key, so `audit verify` and
-- `audit list` read an organisation's events in id order without sorting them, and
-- each event adds a shorter key.
DROP INDEX audit_by_org_time;
CREATE INDEX audit_by_org ON audit_event (org_id);
