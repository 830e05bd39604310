-- careward schema 2: locations (schools), work teams, client records, shares, transfers.

CREATE TABLE location (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT NOT NULL,
    UNIQUE (org_id, slug)
) STRICT;

CREATE TABLE member_location (
    member_id   INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES location (id),
    PRIMARY KEY (member_id, location_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX member_location_by_location ON member_location (location_id, member_id);

CREATE TABLE team (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT NOT NULL,
    UNIQUE (org_id, slug)
) STRICT;

CREATE TABLE team_member (
    team_id     INTEGER NOT NULL REFERENCES team (id),
    member_id   INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX team_member_by_member ON team_member (member_id, team_id);

CREATE TABLE record (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    -- the record's number within its organisation: record:NUMBER
    number      INTEGER NOT NULL,
    external_id TEXT,
    client      TEXT NOT NULL,
    owner_id    INTEGER NOT NULL REFERENCES member (id),
    creator     TEXT NOT NULL,
    creator_id  INTEGER REFERENCES member (id),
    location_id INTEGER REFERENCES location (id),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived', 'deleted')),
    created_at  TEXT NOT NULL,
    -- when the record reached its current status (archived, deleted), and when its owner last changed
    status_since TEXT NOT NULL,
    owner_since TEXT NOT NULL,
    UNIQUE (org_id, number),
    UNIQUE (org_id, external_id)
) STRICT;

CREATE INDEX record_by_owner ON record (org_id, owner_id, status);
CREATE INDEX record_by_location ON record (org_id, location_id);
CREATE INDEX record_by_status ON record (org_id, status);

-- A share of a record with a member or a team, at a level of the policy.
CREATE TABLE share (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    member_id   INTEGER REFERENCES member (id) ON DELETE CASCADE,
    team_id     INTEGER REFERENCES team (id),
    level       TEXT NOT NULL,
    until       TEXT,
    reason      TEXT,
    shared_by   TEXT NOT NULL,
    shared_at   TEXT NOT NULL,
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
) STRICT;

-- Full (not partial) indexes: a partial index's `IS NOT NULL` makes SQLite re-prepare a
-- statement whenever the value bound against it changes. NULLs never collide in a
-- UNIQUE index, so a share names one member or one team once per record all the same.
CREATE UNIQUE INDEX share_member ON share (record_id, member_id);
CREATE UNIQUE INDEX share_team ON share (record_id, team_id);
CREATE INDEX share_by_member ON share (member_id);
CREATE INDEX share_by_team ON share (team_id);

-- Transfers that wait for their recipient (an owner's), and how each ended. A
-- coordinator's transfer takes effect at once and is recorded in the audit trail only.
CREATE TABLE transfer (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    from_id     INTEGER NOT NULL REFERENCES member (id),
    to_id       INTEGER NOT NULL REFERENCES member (id),
    started_by  TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'redirected')),
    decided_at  TEXT
) STRICT;

CREATE UNIQUE INDEX transfer_pending ON transfer (record_id) WHERE status = 'pending';
CREATE INDEX transfer_by_to ON transfer (to_id, status);
