-- careward schema 1 on PostgreSQL: organisations, members and their roles, the audit
-- trail. The twin of migrations/0001_init.sql: migration N on both builds the same tables
-- and columns. Every integer is BIGINT (SQLite's INTEGER is 64-bit), a flag a BIGINT 0/1,
-- text sorts byte by byte (COLLATE "C", as SQLite's BINARY), and an id SQLite would give
-- (INTEGER PRIMARY KEY) is a BIGINT key that careward_next_id gives as SQLite does.

-- An id SQLite would give: a row inserted without one gets the table's largest id + 1,
-- as SQLite's INTEGER PRIMARY KEY does (an identity column would never reuse the id of
-- a deleted last row, and the ids are inside the audit trail's hashed changes: the same
-- commands must make the same events on both backends). careward's writers hold one
-- lock, so no two inserts compute the same id.
CREATE FUNCTION careward_next_id() RETURNS trigger LANGUAGE plpgsql AS $next_id$
BEGIN
  EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;
  RETURN NEW;
END
$next_id$;

-- The store's identity and schema version: one row ('careward', N), written by the
-- store when it migrates (SQLite keeps these in application_id and user_version).
CREATE TABLE careward_store (
    application TEXT COLLATE "C" NOT NULL,
    version     BIGINT NOT NULL
);

CREATE TABLE org (
    id          BIGINT PRIMARY KEY,
    slug        TEXT COLLATE "C" NOT NULL UNIQUE,
    name        TEXT COLLATE "C" NOT NULL,
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('clinic', 'school')),
    -- a preset's name, or the path a policy file was loaded from
    policy_source TEXT COLLATE "C" NOT NULL,
    -- the text of a policy file as it was loaded (NULL for presets, which are compiled in)
    policy_text TEXT COLLATE "C",
    -- NULL: no seat limit
    seats       BIGINT CHECK (seats IS NULL OR seats >= 0),
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER org_next_id BEFORE INSERT ON org
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE TABLE member (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    email       TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL DEFAULT '',
    title       TEXT COLLATE "C" NOT NULL DEFAULT '',
    status      TEXT COLLATE "C" NOT NULL CHECK (status IN ('invited', 'active', 'inactive', 'removed')),
    principal_role TEXT COLLATE "C",
    invited_by  TEXT COLLATE "C" NOT NULL,
    invited_at  TEXT COLLATE "C" NOT NULL,
    status_since TEXT COLLATE "C" NOT NULL,
    UNIQUE (org_id, email)
);
CREATE TRIGGER member_next_id BEFORE INSERT ON member
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE INDEX member_by_status ON member (org_id, status);

CREATE TABLE member_role (
    member_id   BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (member_id, role)
);

CREATE INDEX member_role_by_role ON member_role (role, member_id);

-- Append-only, hash-chained: each event's hash covers the previous event's hash.
-- careward gives every event its id (the chain's order), so the identity's sequence is
-- never used.
CREATE TABLE audit_event (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT REFERENCES org (id),
    at          TEXT COLLATE "C" NOT NULL,
    actor       TEXT COLLATE "C" NOT NULL,
    os_user     TEXT COLLATE "C" NOT NULL,
    reason      TEXT COLLATE "C",
    action      TEXT COLLATE "C" NOT NULL,
    target      TEXT COLLATE "C" NOT NULL,
    outcome     TEXT COLLATE "C" NOT NULL CHECK (outcome IN ('allowed', 'denied', 'refused')),
    decision    TEXT COLLATE "C" NOT NULL,
    details     TEXT COLLATE "C" NOT NULL,
    prev_hash   TEXT COLLATE "C" NOT NULL,
    hash        TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER audit_event_next_id BEFORE INSERT ON audit_event
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE INDEX audit_by_org_time ON audit_event (org_id, at);

-- The newest event's id and hash, so that deleting the last events is detected too.
CREATE TABLE audit_head (
    one         BIGINT PRIMARY KEY CHECK (one = 1),
    last_id     BIGINT NOT NULL,
    last_hash   TEXT COLLATE "C" NOT NULL
);
