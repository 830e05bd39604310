-- careward schema 6: a trail that proves the state. Each organisation has its own hash
-- chain; each event carries the access-relevant row changes its command made. The
-- triggers that log those changes, the re-chaining of older events and a baseline event
-- per organisation are added in Rust (src/store/audit.rs, upgrade_trail), from the list
-- of tracked tables in src/store/trail.rs.

-- the event's place in its organisation's chain, from 1
ALTER TABLE audit_event ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
-- the rows the command changed: a JSON array of {"t": TABLE, "b": BEFORE, "a": AFTER}
ALTER TABLE audit_event ADD COLUMN changes TEXT NOT NULL DEFAULT '[]';

-- Each organisation's newest event (org_id 0: events of no organisation), so that
-- deleting the last events of a chain is detected too. Replaces audit_head.
CREATE TABLE audit_chain (
    org_id      INTEGER PRIMARY KEY,
    last_seq    INTEGER NOT NULL,
    last_id     INTEGER NOT NULL,
    last_hash   TEXT NOT NULL
) STRICT;

-- Row changes logged by the triggers, drained into the next audit event of the same
-- transaction. Rows left here were made outside careward.
CREATE TABLE audit_change (
    seq         INTEGER PRIMARY KEY,
    change      TEXT NOT NULL
) STRICT;
