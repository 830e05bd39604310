-- careward schema 1: organisations, members and their roles, the audit trail.

CREATE TABLE org (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('clinic', 'school')),
    -- a preset's name, or the path a policy file was loaded from
    policy_source TEXT NOT NULL,
    -- the text of a policy file as it was loaded (NULL for presets, which are compiled in)
    policy_text TEXT,
    -- NULL: no seat limit
    seats       INTEGER CHECK (seats IS NULL OR seats >= 0),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE member (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    email       TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('invited', 'active', 'inactive', 'removed')),
    principal_role TEXT,
    invited_by  TEXT NOT NULL,
    invited_at  TEXT NOT NULL,
    status_since TEXT NOT NULL,
    UNIQUE (org_id, email)
) STRICT;

CREATE INDEX member_by_status ON member (org_id, status);

CREATE TABLE member_role (
    member_id   INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    PRIMARY KEY (member_id, role)
) STRICT, WITHOUT ROWID;

CREATE INDEX member_role_by_role ON member_role (role, member_id);

-- Append-only, hash-chained: each event's hash covers the previous event's hash.
CREATE TABLE audit_event (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER REFERENCES org (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    reason      TEXT,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied', 'refused')),
    decision    TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;

CREATE INDEX audit_by_org_time ON audit_event (org_id, at);

-- The newest event's id and hash, so that deleting the last events is detected too.
CREATE TABLE audit_head (
    one         INTEGER PRIMARY KEY CHECK (one = 1),
    last_id     INTEGER NOT NULL,
    last_hash   TEXT NOT NULL
) STRICT;
