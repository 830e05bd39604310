-- careward schema 2 on PostgreSQL: locations (schools), work teams, client records,
-- shares, transfers. The twin of migrations/0002_records.sql.

CREATE TABLE location (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    slug        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    status      TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT COLLATE "C" NOT NULL,
    UNIQUE (org_id, slug)
);
CREATE TRIGGER location_next_id BEFORE INSERT ON location
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE TABLE member_location (
    member_id   BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES location (id),
    PRIMARY KEY (member_id, location_id)
);

CREATE INDEX member_location_by_location ON member_location (location_id, member_id);

CREATE TABLE team (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    slug        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    status      TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT COLLATE "C" NOT NULL,
    UNIQUE (org_id, slug)
);
CREATE TRIGGER team_next_id BEFORE INSERT ON team
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE TABLE team_member (
    team_id     BIGINT NOT NULL REFERENCES team (id),
    member_id   BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, member_id)
);

CREATE INDEX team_member_by_member ON team_member (member_id, team_id);

CREATE TABLE record (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    -- the record's number within its organisation: record:NUMBER
    number      BIGINT NOT NULL,
    external_id TEXT COLLATE "C",
    client      TEXT COLLATE "C" NOT NULL,
    owner_id    BIGINT NOT NULL REFERENCES member (id),
    creator     TEXT COLLATE "C" NOT NULL,
    creator_id  BIGINT REFERENCES member (id),
    location_id BIGINT REFERENCES location (id),
    confidential BIGINT NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    status      TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived', 'deleted')),
    created_at  TEXT COLLATE "C" NOT NULL,
    -- when the record reached its current status (archived, deleted), and when its owner last changed
    status_since TEXT COLLATE "C" NOT NULL,
    owner_since TEXT COLLATE "C" NOT NULL,
    UNIQUE (org_id, number),
    UNIQUE (org_id, external_id)
);
CREATE TRIGGER record_next_id BEFORE INSERT ON record
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE INDEX record_by_owner ON record (org_id, owner_id, status);
CREATE INDEX record_by_location ON record (org_id, location_id);
CREATE INDEX record_by_status ON record (org_id, status);

-- A share of a record with a member or a team, at a level of the policy.
CREATE TABLE share (
    id          BIGINT PRIMARY KEY,
    record_id   BIGINT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    member_id   BIGINT REFERENCES member (id) ON DELETE CASCADE,
    team_id     BIGINT REFERENCES team (id),
    level       TEXT COLLATE "C" NOT NULL,
    until       TEXT COLLATE "C",
    reason      TEXT COLLATE "C",
    shared_by   TEXT COLLATE "C" NOT NULL,
    shared_at   TEXT COLLATE "C" NOT NULL,
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
);
CREATE TRIGGER share_next_id BEFORE INSERT ON share
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

-- NULLs never collide in a UNIQUE index (on both), so a share names one member or one
-- team once per record.
CREATE UNIQUE INDEX share_member ON share (record_id, member_id);
CREATE UNIQUE INDEX share_team ON share (record_id, team_id);
CREATE INDEX share_by_member ON share (member_id);
CREATE INDEX share_by_team ON share (team_id);

-- Transfers that wait for their recipient (an owner's), and how each ended. A
-- coordinator's transfer takes effect at once and is recorded in the audit trail only.
CREATE TABLE transfer (
    id          BIGINT PRIMARY KEY,
    record_id   BIGINT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    from_id     BIGINT NOT NULL REFERENCES member (id),
    to_id       BIGINT NOT NULL REFERENCES member (id),
    started_by  TEXT COLLATE "C" NOT NULL,
    started_at  TEXT COLLATE "C" NOT NULL,
    status      TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'redirected')),
    decided_at  TEXT COLLATE "C"
);
CREATE TRIGGER transfer_next_id BEFORE INSERT ON transfer
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE UNIQUE INDEX transfer_pending ON transfer (record_id) WHERE status = 'pending';
CREATE INDEX transfer_by_to ON transfer (to_id, status);
