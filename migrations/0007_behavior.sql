-- careward schema 7: what behavior-charts (seed 003) adds to an organisation — groups of
-- records (performers) and the levels granted on them, the organisation's libraries
-- (pinpoints, tags, journal types) and where tags are assigned, the library item an entry
-- names (a chart its pinpoint, a journal its type), and saved organisation views. The
-- triggers that log these tables' changes into the trail are added in Rust
-- (src/store/trail.rs, TRACKED, schema 7).

-- A group of records: a level granted on it reaches every record in it while it is in it.
CREATE TABLE record_group (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX record_group_slug ON record_group (org_id, slug);

CREATE TABLE record_group_member (
    group_id    INTEGER NOT NULL REFERENCES record_group (id) ON DELETE CASCADE,
    record_id   INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    PRIMARY KEY (group_id, record_id)
) STRICT;

-- `perm check` on a record looks up its groups first.
CREATE INDEX record_group_member_by_record ON record_group_member (record_id);

-- A level on a group, to a member or a team.
CREATE TABLE group_share (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES record_group (id) ON DELETE CASCADE,
    member_id   INTEGER REFERENCES member (id) ON DELETE CASCADE,
    team_id     INTEGER REFERENCES team (id),
    level       TEXT NOT NULL,
    shared_by   TEXT NOT NULL,
    shared_at   TEXT NOT NULL,
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX group_share_member ON group_share (group_id, member_id);
CREATE UNIQUE INDEX group_share_team ON group_share (group_id, team_id);
CREATE INDEX group_share_by_member ON group_share (member_id);
CREATE INDEX group_share_by_team ON group_share (team_id);

-- The organisation's libraries: `library` is the policy's name for one (pinpoint, tag,
-- journal-type).
CREATE TABLE library_item (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    library     TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX library_item_name ON library_item (org_id, library, name);

-- A tag assigned to one thing: a record (performer), an entry (chart, journal), a
-- member (user) or a library item (pinpoint).
CREATE TABLE tag_link (
    id          INTEGER PRIMARY KEY,
    tag_id      INTEGER NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    record_id   INTEGER REFERENCES record (id) ON DELETE CASCADE,
    entry_id    INTEGER REFERENCES entry (id) ON DELETE CASCADE,
    member_id   INTEGER REFERENCES member (id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES library_item (id) ON DELETE CASCADE,
    tagged_by   TEXT NOT NULL,
    tagged_at   TEXT NOT NULL,
    CHECK ((record_id IS NOT NULL) + (entry_id IS NOT NULL) + (member_id IS NOT NULL)
           + (item_id IS NOT NULL) = 1)
) STRICT;

CREATE UNIQUE INDEX tag_link_record ON tag_link (tag_id, record_id);
CREATE UNIQUE INDEX tag_link_entry ON tag_link (tag_id, entry_id);
CREATE UNIQUE INDEX tag_link_member ON tag_link (tag_id, member_id);
CREATE UNIQUE INDEX tag_link_item ON tag_link (tag_id, item_id);

-- The library item an entry names: a chart its pinpoint, a journal its journal type.
ALTER TABLE entry ADD COLUMN item_id INTEGER REFERENCES library_item (id);
CREATE INDEX entry_by_item ON entry (item_id);

-- Saved organisation views (chart views, reporting views) that every member can select:
-- `settings` is the view's filters as JSON.
CREATE TABLE org_view (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES org (id),
    kind        TEXT NOT NULL CHECK (kind IN ('chart', 'reporting')),
    name        TEXT NOT NULL,
    settings    TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX org_view_name ON org_view (org_id, kind, name);
