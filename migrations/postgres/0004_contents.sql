-- careward schema 4 on PostgreSQL: what is inside a record (entries), note approval,
-- read-only copies kept by a transfer, collaborative spaces and emergency access. The
-- twin of migrations/0004_contents.sql.

-- An entry's metadata: careward never keeps clinical text.
CREATE TABLE entry (
    id          BIGINT PRIMARY KEY,
    record_id   BIGINT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    kind        TEXT COLLATE "C" NOT NULL,
    title       TEXT COLLATE "C" NOT NULL DEFAULT '',
    author_id   BIGINT REFERENCES member (id),
    author      TEXT COLLATE "C" NOT NULL,
    confidential BIGINT NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    status      TEXT COLLATE "C" NOT NULL CHECK (status IN ('draft', 'final', 'pending-approval', 'approved')),
    created_at  TEXT COLLATE "C" NOT NULL,
    edited_at   TEXT COLLATE "C",
    submitted_at TEXT COLLATE "C",
    approved_by TEXT COLLATE "C",
    approved_at TEXT COLLATE "C"
);
CREATE TRIGGER entry_next_id BEFORE INSERT ON entry
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE INDEX entry_by_record ON entry (record_id, kind);
CREATE INDEX entry_by_author ON entry (author_id, status);

-- A read-only archived copy kept by the previous owner of a transferred record.
ALTER TABLE record ADD COLUMN read_only BIGINT NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1));
ALTER TABLE record ADD COLUMN copy_of BIGINT REFERENCES record (id) ON DELETE SET NULL;

-- "the owner can require approval of the notes that member writes"
ALTER TABLE share ADD COLUMN require_approval BIGINT NOT NULL DEFAULT 0 CHECK (require_approval IN (0, 1));

-- What a waiting transfer will carry, decided when it was started.
ALTER TABLE transfer ADD COLUMN options TEXT COLLATE "C";

CREATE TABLE space (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    name        TEXT COLLATE "C" NOT NULL,
    record_id   BIGINT REFERENCES record (id) ON DELETE SET NULL,
    creator_id  BIGINT REFERENCES member (id),
    creator     TEXT COLLATE "C" NOT NULL,
    status      TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER space_next_id BEFORE INSERT ON space
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE INDEX space_by_org ON space (org_id, status);

-- `rowid`: the order members joined, which SQLite's implicit rowid gives (the space's
-- members are listed in it). Last, so that the columns before it are SQLite's.
CREATE TABLE space_member (
    space_id    BIGINT NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    member_id   BIGINT REFERENCES member (id) ON DELETE CASCADE,
    team_id     BIGINT REFERENCES team (id),
    invited_by  TEXT COLLATE "C" NOT NULL,
    invited_at  TEXT COLLATE "C" NOT NULL,
    rowid       BIGINT GENERATED ALWAYS AS IDENTITY,
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
);

CREATE UNIQUE INDEX space_member_member ON space_member (space_id, member_id);
CREATE UNIQUE INDEX space_member_team ON space_member (space_id, team_id);
CREATE INDEX space_member_by_member ON space_member (member_id);

CREATE TABLE space_post (
    id          BIGINT PRIMARY KEY,
    space_id    BIGINT NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    kind        TEXT COLLATE "C" NOT NULL,
    title       TEXT COLLATE "C" NOT NULL DEFAULT '',
    author_id   BIGINT REFERENCES member (id),
    author      TEXT COLLATE "C" NOT NULL,
    posted_at   TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER space_post_next_id BEFORE INSERT ON space_post
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE INDEX space_post_by_space ON space_post (space_id);

-- Break-glass access: time-boxed, with a mandatory reason.
CREATE TABLE emergency_grant (
    id          BIGINT PRIMARY KEY,
    record_id   BIGINT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    member_id   BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    reason      TEXT COLLATE "C" NOT NULL,
    granted_at  TEXT COLLATE "C" NOT NULL,
    until       TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER emergency_grant_next_id BEFORE INSERT ON emergency_grant
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE INDEX emergency_by_record ON emergency_grant (record_id, member_id, until);
