-- careward schema 4: what is inside a record (entries), note approval, read-only copies
-- kept by a transfer, collaborative spaces and emergency access.

-- An entry's metadata: careward never keeps clinical text.
CREATE TABLE entry (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    author_id   INTEGER REFERENCES member (id),
    author      TEXT NOT NULL,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    status      TEXT NOT NULL CHECK (status IN ('draft', 'final', 'pending-approval', 'approved')),
    created_at  TEXT NOT NULL,
    edited_at   TEXT,
    submitted_at TEXT,
    approved_by TEXT,
    approved_at TEXT
) STRICT;

CREATE INDEX entry_by_record ON entry (record_id, kind);
CREATE INDEX entry_by_author ON entry (author_id, status);

-- A read-only archived copy kept by the previous owner of a transferred record.
ALTER TABLE record ADD COLUMN read_only INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1));
ALTER TABLE record ADD COLUMN copy_of INTEGER REFERENCES record (id) ON DELETE SET NULL;

-- "the owner can require approval of the notes that member writes"
ALTER TABLE share ADD COLUMN require_approval INTEGER NOT NULL DEFAULT 0 CHECK (require_approval IN (0, 1));

-- What a waiting transfer will carry, decided when it was started.
ALTER TABLE transfer ADD COLUMN options TEXT;

CREATE TABLE space (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    name        TEXT NOT NULL,
    record_id   INTEGER REFERENCES record (id) ON DELETE SET NULL,
    creator_id  INTEGER REFERENCES member (id),
    creator     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX space_by_org ON space (org_id, status);

CREATE TABLE space_member (
    space_id    INTEGER NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    member_id   INTEGER REFERENCES member (id) ON DELETE CASCADE,
    team_id     INTEGER REFERENCES team (id),
    invited_by  TEXT NOT NULL,
    invited_at  TEXT NOT NULL,
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX space_member_member ON space_member (space_id, member_id);
CREATE UNIQUE INDEX space_member_team ON space_member (space_id, team_id);
CREATE INDEX space_member_by_member ON space_member (member_id);

CREATE TABLE space_post (
    id          INTEGER PRIMARY KEY,
    space_id    INTEGER NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    author_id   INTEGER REFERENCES member (id),
    author      TEXT NOT NULL,
    posted_at   TEXT NOT NULL
) STRICT;

CREATE INDEX space_post_by_space ON space_post (space_id);

-- Break-glass access: time-boxed, with a mandatory reason.
CREATE TABLE emergency_grant (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    until       TEXT NOT NULL
) STRICT;

CREATE INDEX emergency_by_record ON emergency_grant (record_id, member_id, until);
